import { describe, expect, it } from 'vitest';
import type { DoseStatus } from '../schedule/dose-state.ts';
import { type AdherenceDose, adherence } from './adherence.ts';

// Medicine A at 08:00Z every day in January 2026: taken except a skip on the 20th, taken late on the
// 29th, missed on the 30th, still open (reminded) on the 31st. Medicine B at 20:00Z from the 25th to the
// 30th: missed except the 30th. Now is 31 January 12:00Z.
const now = new Date('2026-01-31T12:00Z');
const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}`;
const exceptionsA: Record<number, DoseStatus> = {
  20: 'skipped',
  29: 'taken-late',
  30: 'missed',
  31: 'reminded',
};
const doses: AdherenceDose[] = [
  ...Array.from({ length: 31 }, (_, i) => ({
    medicationId: 'a',
    dueAt: new Date(`${day(i + 1)}T08:00Z`),
    localDate: day(i + 1),
    status: exceptionsA[i + 1] ?? ('taken' as const),
  })),
  // A dose after now does not count.
  { medicationId: 'a', dueAt: new Date('2026-01-31T20:00Z'), localDate: day(31), status: 'scheduled' },
  ...Array.from({ length: 6 }, (_, i) => ({
    medicationId: 'b',
    dueAt: new Date(`${day(i + 25)}T20:00Z`),
    localDate: day(i + 25),
    status: i === 5 ? ('taken' as const) : ('missed' as const),
  })),
];
const report = adherence({ doses, now });
const windowOf = (days: number) => report.windows.find((window) => window.days === days);

describe('adherence as the proportion of doses taken', () => {
  it('counts the last 7 days per medicine and overall, leaving the open dose out of the proportion', () => {
    // 7 days back is 24 January 12:00Z: A from the 25th (7 doses), B from the 25th (6 doses).
    const week = windowOf(7);
    expect(week?.byMedication).toEqual([
      {
        medicationId: 'a',
        scheduled: 7,
        taken: 4,
        takenLate: 1,
        skipped: 0,
        missed: 1,
        pending: 1,
        proportionTaken: 5 / 6,
        proportionOnTime: 4 / 6,
      },
      {
        medicationId: 'b',
        scheduled: 6,
        taken: 1,
        takenLate: 0,
        skipped: 0,
        missed: 5,
        pending: 0,
        proportionTaken: 1 / 6,
        proportionOnTime: 1 / 6,
      },
    ]);
    expect(week?.overall).toMatchObject({ scheduled: 13, pending: 1, proportionTaken: 6 / 12 });
  });

  it('counts the 30- and 90-day windows', () => {
    // 30 days back is 1 January 12:00Z, after A's first dose: A has 30 doses, 26 taken on time.
    expect(windowOf(30)?.overall).toMatchObject({
      scheduled: 36,
      taken: 27,
      takenLate: 1,
      skipped: 1,
      missed: 6,
      pending: 1,
      proportionTaken: 28 / 35,
    });
    expect(windowOf(90)?.byMedication[0]).toMatchObject({
      scheduled: 31,
      taken: 27,
      proportionTaken: 28 / 30,
    });
  });

  it('gives no proportion when no dose is settled', () => {
    const reminded: AdherenceDose = {
      medicationId: 'a',
      dueAt: new Date('2026-01-31T08:00Z'),
      localDate: day(31),
      status: 'reminded',
    };
    const open = adherence({ doses: [reminded], now });
    expect(open.windows[2]?.overall).toMatchObject({ scheduled: 1, pending: 1, proportionTaken: null });
    expect(() => adherence({ doses, now, windowsDays: [0] })).toThrow(RangeError);
  });
});

describe('daily series', () => {
  it('has one entry per local day, with the day’s doses', () => {
    expect(report.daily.overall).toHaveLength(31);
    expect(report.daily.overall.find((entry) => entry.localDate === day(29))).toEqual({
      localDate: day(29),
      scheduled: 2,
      taken: 0,
      takenLate: 1,
      skipped: 0,
      missed: 1,
      pending: 0,
    });
    // Only the dose due before now counts on the 31st.
    expect(report.daily.overall.at(-1)).toMatchObject({ localDate: day(31), scheduled: 1, pending: 1 });
    expect(report.daily.byMedication.map((series) => [series.medicationId, series.days.length])).toEqual([
      ['a', 31],
      ['b', 6],
    ]);
  });

  it('fills days without doses, so a chart has no gaps', () => {
    const weekly = [day(5), day(12)].map((localDate) => ({
      medicationId: 'm',
      dueAt: new Date(`${localDate}T09:00Z`),
      localDate,
      status: 'taken' as const,
    }));
    const series = adherence({ doses: weekly, now }).daily.overall;
    expect(series).toHaveLength(8);
    expect(series[1]).toEqual({
      localDate: day(6),
      scheduled: 0,
      taken: 0,
      takenLate: 0,
      skipped: 0,
      missed: 0,
      pending: 0,
    });
  });
});
