import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dosage, type DoseTiming, timesOfDay, WEEKDAYS } from '../dosage.ts';
import { doseOccurrences, type ZoneHistoryEntry } from './dose-occurrences.ts';
import { addDays, localDateTimeOf, wallMs, weekdayOf } from './zoned-time.ts';

/** Zones with DST both ways round, half- and quarter-hour offsets, a 30-minute DST and the date line. */
const ZONES = [
  'UTC',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'America/Santiago',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;

const YEAR_START = Date.UTC(2025, 0, 1);
const YEAR_MS = 2 * 365 * 86_400_000;
const instant = fc.integer({ min: 0, max: YEAR_MS }).map((offset) => new Date(YEAR_START + offset));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const timing: fc.Arbitrary<DoseTiming> = fc.oneof(
  fc.integer({ min: 1, max: 6 }).map((timesPerDay) => ({ kind: 'times-per-day' as const, timesPerDay })),
  fc.uniqueArray(time, { minLength: 1, maxLength: 6 }).map((times) => ({ kind: 'at-times' as const, times })),
  fc
    .tuple(fc.constantFrom(1, 2, 3, 4, 6, 8, 12, 24), time)
    .map(([everyHours, firstDoseAt]) => ({ kind: 'every-hours' as const, everyHours, firstDoseAt })),
  fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1 }),
      fc.uniqueArray(time, { minLength: 1 }),
    )
    .map(([weekdays, times]) => ({ kind: 'weekly' as const, weekdays, times })),
);

const dosage = (durationDays: fc.Arbitrary<number | null>): fc.Arbitrary<Dosage> =>
  fc.record({
    doseQuantity: fc.constant(1),
    doseUnit: fc.constant('tablet' as const),
    route: fc.constant('oral' as const),
    timing,
    startDate: instant.map((at) => at.toISOString().slice(0, 10)),
    durationDays,
    instructions: fc.constant(null),
  });

const zoneHistory: fc.Arbitrary<ZoneHistoryEntry[]> = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...ZONES), instant), {
    minLength: 1,
    maxLength: 4,
    selector: ([, since]) => since.getTime(),
  })
  .map((entries) =>
    entries.map(([zone, since]) => ({ zone, since })).sort((a, b) => a.since.getTime() - b.since.getTime()),
  );

const window = fc
  .tuple(instant, fc.integer({ min: 1, max: 40 * 24 * 60 }))
  .map(([from, minutes]) => ({ from, to: new Date(from.getTime() + minutes * 60_000) }));

describe('dose occurrences, for any zones, dosage and window', () => {
  it('have unique keys and ascending instants, each shown at its scheduled time unless a jump moved it', () => {
    fc.assert(
      fc.property(
        dosage(fc.option(fc.integer({ min: 1, max: 60 }))),
        zoneHistory,
        window,
        (d, history, w) => {
          const doses = doseOccurrences({ dosage: d, zoneHistory: history, ...w });
          expect(new Set(doses.map((dose) => dose.key)).size).toBe(doses.length);
          doses.forEach((dose, index) => {
            const previous = doses[index - 1];
            if (previous) expect(dose.at.getTime()).toBeGreaterThanOrEqual(previous.at.getTime());
            expect(dose.at.getTime()).toBeGreaterThanOrEqual(w.from.getTime());
            expect(dose.at.getTime()).toBeLessThan(w.to.getTime());
            const shown = localDateTimeOf(dose.at, dose.zone);
            const lateMinutes =
              (wallMs(shown.localDate, shown.localTime) - wallMs(dose.localDate, dose.localTime)) / 60_000;
            expect(lateMinutes).toBe(dose.adjustment?.lateByMinutes ?? 0);
            if (dose.adjustment) expect(dose.adjustment.lateByMinutes).toBeGreaterThan(0);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('give every dose of a course exactly once, however the patient travels', () => {
    fc.assert(
      fc.property(dosage(fc.integer({ min: 1, max: 30 })), zoneHistory, (d, history) => {
        const lastDay = addDays(d.startDate, (d.durationDays ?? 1) - 1);
        const from = new Date(`${addDays(d.startDate, -3)}T00:00Z`);
        const to = new Date(`${addDays(lastDay, 3)}T00:00Z`);
        const doses = doseOccurrences({ dosage: d, zoneHistory: history, from, to });
        const expected: string[] = [];
        for (let date = d.startDate; date <= lastDay; date = addDays(date, 1)) {
          if (d.timing.kind === 'weekly' && !d.timing.weekdays.includes(weekdayOf(date))) continue;
          for (const clock of timesOfDay(d.timing)) expected.push(`${date}T${clock}`);
        }
        expect(doses.map((dose) => dose.key).sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });

  it('split at any instant into the same doses as the whole window (half-open windows)', () => {
    fc.assert(
      fc.property(
        dosage(fc.constant(null)),
        zoneHistory,
        window,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (d, h, w, cut) => {
          const middle = new Date(Math.round(w.from.getTime() + cut * (w.to.getTime() - w.from.getTime())));
          const whole = doseOccurrences({ dosage: d, zoneHistory: h, ...w });
          const first = doseOccurrences({ dosage: d, zoneHistory: h, from: w.from, to: middle });
          const second = doseOccurrences({ dosage: d, zoneHistory: h, from: middle, to: w.to });
          expect([...first, ...second]).toEqual(whole);
        },
      ),
      { numRuns: 200 },
    );
  });
});
