import { describe, expect, it } from 'vitest';
import { Dosage, DoseTiming, maxDosesPerDay, timesOfDay } from './dosage.ts';
import { describeDosage } from './dosage-text.ts';

describe('dose timing', () => {
  it('gives the clock times of each kind of timing, sorted', () => {
    expect(timesOfDay({ kind: 'times-per-day', timesPerDay: 3 })).toEqual(['08:00', '14:00', '20:00']);
    expect(timesOfDay({ kind: 'at-times', times: ['21:30', '07:15'] })).toEqual(['07:15', '21:30']);
    // Every 8 hours from 22:00 wraps past midnight: 06:00, 14:00, 22:00 each day.
    expect(timesOfDay({ kind: 'every-hours', everyHours: 8, firstDoseAt: '22:00' })).toEqual([
      '06:00',
      '14:00',
      '22:00',
    ]);
    expect(timesOfDay({ kind: 'weekly', weekdays: ['mon'], times: ['09:00'] })).toEqual(['09:00']);
    expect(timesOfDay({ kind: 'as-needed', minIntervalHours: 4, maxDosesPerDay: 4, reason: 'pain' })).toEqual(
      [],
    );
  });

  it('counts the most doses in a day for the maximum-dose check', () => {
    expect(maxDosesPerDay({ kind: 'every-hours', everyHours: 6, firstDoseAt: '06:00' })).toBe(4);
    expect(maxDosesPerDay({ kind: 'as-needed', minIntervalHours: 4, maxDosesPerDay: 4, reason: null })).toBe(
      4,
    );
  });

  it('refuses times that are not clock times, repeats, and intervals that do not divide the day', () => {
    expect(DoseTiming.safeParse({ kind: 'at-times', times: ['24:00'] }).success).toBe(false);
    expect(DoseTiming.safeParse({ kind: 'at-times', times: ['08:00', '08:00'] }).success).toBe(false);
    expect(DoseTiming.safeParse({ kind: 'every-hours', everyHours: 5, firstDoseAt: '08:00' }).success).toBe(
      false,
    );
    expect(
      Dosage.safeParse({
        doseQuantity: 1,
        doseUnit: 'tablet',
        route: 'oral',
        timing: { kind: 'times-per-day', timesPerDay: 2 },
        startDate: '2026-02-30',
        durationDays: 7,
        instructions: null,
      }).success,
    ).toBe(false);
  });
});

describe('dosage text', () => {
  const base = {
    doseQuantity: 1,
    doseUnit: 'tablet',
    route: 'oral',
    startDate: '2026-12-01',
    durationDays: 7,
    instructions: null,
  } as const;

  it('reads as a prescriber writes it', () => {
    expect(describeDosage({ ...base, timing: { kind: 'times-per-day', timesPerDay: 2 } })).toBe(
      '1 tablet by mouth twice a day for 7 days',
    );
    expect(
      describeDosage({
        ...base,
        doseQuantity: 2,
        durationDays: null,
        instructions: 'with food',
        timing: { kind: 'every-hours', everyHours: 6, firstDoseAt: '06:00' },
      }),
    ).toBe('2 tablets by mouth every 6 hours from 06:00; with food');
    expect(
      describeDosage({
        ...base,
        doseQuantity: 10,
        doseUnit: 'mg',
        durationDays: null,
        timing: { kind: 'weekly', weekdays: ['mon'], times: ['09:00'] },
      }),
    ).toBe('10 mg by mouth every Monday at 09:00');
    expect(
      describeDosage({
        ...base,
        durationDays: 1,
        timing: { kind: 'as-needed', minIntervalHours: 4, maxDosesPerDay: 4, reason: 'pain' },
      }),
    ).toBe(
      '1 tablet by mouth when needed for pain, at least 4 hours apart, no more than 4 doses a day for 1 day',
    );
  });
});
