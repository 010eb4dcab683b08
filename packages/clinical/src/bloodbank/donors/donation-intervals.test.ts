import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROCEDURES, UK_INTERVALS, US_INTERVALS } from './donation-intervals.table.ts';
import { isIntervalEligibleOn, nextEligibleDate, type PriorDonation } from './donation-intervals.ts';
import { addDays } from './local-date.ts';

const female = { sex: 'female' as const };
const wb = (collectedDate: string): PriorDonation => ({ type: 'whole_blood', collectedDate });

describe('US intervals (§4.2, AT-02)', () => {
  it('56 days after 2025-01-01 is 2025-02-26, eligible that day and not the day before', () => {
    const history = [wb('2025-01-01')];
    expect(nextEligibleDate(history, 'whole_blood', US_INTERVALS, female).date).toBe('2025-02-26');
    expect(isIntervalEligibleOn('2025-02-25', history, 'whole_blood', US_INTERVALS, female)).toBe(false);
    expect(isIntervalEligibleOn('2025-02-26', history, 'whole_blood', US_INTERVALS, female)).toBe(true);
  });

  it('double RBC → whole blood 112 days: 2025-04-23', () => {
    const history: PriorDonation[] = [{ type: 'double_rbc', collectedDate: '2025-01-01' }];
    expect(nextEligibleDate(history, 'whole_blood', US_INTERVALS, female)).toMatchObject({
      date: '2025-04-23',
      binding: { kind: 'interval', days: 112 },
    });
  });

  it('takes the max over all prior donations, back-entered ones included', () => {
    const history: PriorDonation[] = [
      wb('2025-03-01'),
      { type: 'double_rbc', collectedDate: '2025-01-01' },
      { type: 'plateletpheresis', collectedDate: '2025-04-20' },
    ];
    expect(nextEligibleDate(history, 'whole_blood', US_INTERVALS, female).date).toBe('2025-04-26');
  });

  it('autologous donations do not start an allogeneic interval; directed ones do', () => {
    expect(
      nextEligibleDate(
        [{ type: 'autologous', collectedDate: '2025-01-01' }],
        'whole_blood',
        US_INTERVALS,
        female,
      ).date,
    ).toBeNull();
    expect(
      nextEligibleDate(
        [{ type: 'directed', collectedDate: '2025-01-01' }],
        'whole_blood',
        US_INTERVALS,
        female,
      ).date,
    ).toBe('2025-02-26');
  });

  it('the full US matrix', () => {
    const expected = {
      whole_blood: [56, 56, 56, 56],
      double_rbc: [112, 112, 112, 112],
      plateletpheresis: [2, 2, 2, 2],
      plasmapheresis: [2, 2, 2, 2],
    };
    for (const prev of PROCEDURES) {
      PROCEDURES.forEach((next, i) => {
        const date = nextEligibleDate(
          [{ type: prev, collectedDate: '2025-01-01' }],
          next,
          US_INTERVALS,
          female,
        ).date;
        expect(date).toBe(addDays('2025-01-01', expected[prev][i] ?? Number.NaN));
      });
    }
  });
});

describe('frequency caps over rolling windows', () => {
  const plt = (collectedDate: string): PriorDonation => ({ type: 'plateletpheresis', collectedDate });

  it('platelets ≤ 2 in 7 days', () => {
    const history = [plt('2025-03-01'), plt('2025-03-03')];
    expect(nextEligibleDate(history, 'plateletpheresis', US_INTERVALS, female)).toMatchObject({
      date: '2025-03-08',
      binding: { kind: 'cap', cap: { code: 'platelets_per_7_days' } },
    });
    expect(isIntervalEligibleOn('2025-03-07', history, 'plateletpheresis', US_INTERVALS, female)).toBe(false);
    expect(isIntervalEligibleOn('2025-03-08', history, 'plateletpheresis', US_INTERVALS, female)).toBe(true);
  });

  it('platelets ≤ 24 per rolling 12 months', () => {
    const history = Array.from({ length: 24 }, (_, i) => plt(addDays('2024-06-01', i * 7)));
    // The 24th most recent is 2024-06-01; it leaves the window on 2025-06-01.
    expect(nextEligibleDate(history, 'plateletpheresis', US_INTERVALS, female)).toMatchObject({
      date: '2025-06-01',
      binding: { kind: 'cap', cap: { code: 'platelets_per_12_months' } },
    });
  });

  it('plasma ≤ 2 in 7 days', () => {
    const history: PriorDonation[] = ['2025-03-01', '2025-03-04'].map((d) => ({
      type: 'plasmapheresis',
      collectedDate: d,
    }));
    expect(nextEligibleDate(history, 'plasmapheresis', US_INTERVALS, female).date).toBe('2025-03-08');
  });

  it('UK: whole blood 12 weeks minimum, ≤ 3 a year for women, ≤ 4 for men; double RBC 26 weeks', () => {
    const history = [wb('2025-01-01'), wb('2025-03-26'), wb('2025-06-18')];
    expect(nextEligibleDate(history.slice(0, 1), 'whole_blood', UK_INTERVALS, female).date).toBe(
      '2025-03-26',
    );
    expect(nextEligibleDate(history, 'whole_blood', UK_INTERVALS, female)).toMatchObject({
      date: '2026-01-01',
      binding: { kind: 'cap' },
    });
    expect(nextEligibleDate(history, 'whole_blood', UK_INTERVALS, { sex: 'male' }).date).toBe('2025-09-10');
    expect(
      nextEligibleDate(
        [{ type: 'double_rbc', collectedDate: '2025-01-01' }],
        'double_rbc',
        UK_INTERVALS,
        female,
      ).date,
    ).toBe('2025-07-02');
  });

  it('autologous donations count towards caps unless the site says otherwise', () => {
    const history: PriorDonation[] = [
      wb('2025-01-01'),
      wb('2025-03-26'),
      { type: 'autologous', collectedDate: '2025-06-18' },
    ];
    expect(nextEligibleDate(history, 'whole_blood', UK_INTERVALS, female).date).toBe('2026-01-01');
    expect(
      nextEligibleDate(history, 'whole_blood', UK_INTERVALS, { ...female, countAutologousTowardsCaps: false })
        .date,
    ).toBe('2025-06-18');
  });
});

describe('properties', () => {
  const date = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2020-01-01', n));
  const donation = fc.record({ type: fc.constantFrom(...PROCEDURES), collectedDate: date });

  it('next eligible is never before any prior donation plus its interval, and eligibility is monotone', () => {
    fc.assert(
      fc.property(
        fc.array(donation, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...PROCEDURES),
        (history, next) => {
          const { date: from } = nextEligibleDate(history, next, US_INTERVALS, female);
          expect(from).not.toBeNull();
          if (from === null) return;
          for (const p of history)
            expect(from >= addDays(p.collectedDate, US_INTERVALS.matrix[p.type][next].value)).toBe(true);
          expect(isIntervalEligibleOn(addDays(from, -1), history, next, US_INTERVALS, female)).toBe(false);
          expect(isIntervalEligibleOn(from, history, next, US_INTERVALS, female)).toBe(true);
          expect(isIntervalEligibleOn(addDays(from, 30), history, next, US_INTERVALS, female)).toBe(true);
        },
      ),
    );
  });
});
