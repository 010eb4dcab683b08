import { describe, expect, it } from 'vitest';
import type { Dosage, DoseTiming } from '../dosage.ts';
import type { DoseStatus } from '../schedule/dose-state.ts';
import { averageUnitsPerDay, refillAlertDue, supplyRemaining } from './supply.ts';

function dosage(timing: DoseTiming, doseQuantity = 1, durationDays: number | null = null): Dosage {
  return {
    doseQuantity,
    doseUnit: 'tablet',
    route: 'oral',
    timing,
    startDate: '2026-01-01',
    durationDays,
    instructions: null,
  };
}
const doses = (count: number, status: DoseStatus = 'taken') =>
  Array.from({ length: count }, () => ({ status }));
const now = new Date('2026-01-10T12:00Z');
const twiceDaily = dosage({ kind: 'times-per-day', timesPerDay: 2 });

describe('supply remaining', () => {
  it('takes the doses used since dispensing off the pack; a skipped dose leaves its tablet', () => {
    // 30 tablets, 1 twice a day, 10 doses due of which 1 skipped: 9 used, 21 left, 10.5 days.
    expect(
      supplyRemaining({
        dispensedUnits: 30,
        dosesSinceDispensing: [...doses(7), ...doses(2, 'missed'), ...doses(1, 'skipped')],
        dosage: twiceDaily,
        now,
        zone: 'Europe/London',
      }),
    ).toEqual({
      remainingUnits: 21,
      unitsPerDay: 2,
      daysOfSupply: 10.5,
      basis: 'schedule',
      daysLeftInCourse: null,
    });
  });

  it('spreads a weekly dose over the week and takes an as-needed one at its maximum', () => {
    // Methotrexate 4 × 2.5 mg tablets on Mondays: 4/7 a day; 24 − 2 × 4 = 16 tablets last 28 days.
    const weekly = dosage({ kind: 'weekly', weekdays: ['mon'], times: ['09:00'] }, 4);
    const supply = supplyRemaining({
      dispensedUnits: 24,
      dosesSinceDispensing: doses(2),
      dosage: weekly,
      now,
      zone: 'Europe/London',
    });
    expect(supply.remainingUnits).toBe(16);
    expect(supply.daysOfSupply).toBeCloseTo(28, 10);
    const prn = dosage({ kind: 'as-needed', minIntervalHours: 4, maxDosesPerDay: 4, reason: 'pain' }, 2);
    expect(averageUnitsPerDay(prn)).toEqual({ unitsPerDay: 8, basis: 'as-needed-maximum' });
  });

  it('counts the days left of a fixed course from the patient’s local today', () => {
    // 14 days from 1 January end on the 14th; on the 10th, 5 days are left (10th to 14th).
    const course = dosage({ kind: 'times-per-day', timesPerDay: 2 }, 1, 14);
    const supply = supplyRemaining({
      dispensedUnits: 28,
      dosesSinceDispensing: [...doses(18), ...doses(1, 'skipped')],
      dosage: course,
      now,
      zone: 'Europe/London',
    });
    expect(supply).toMatchObject({ remainingUnits: 10, daysOfSupply: 5, daysLeftInCourse: 5 });
    // At 23:30Z on the 10th it is already the 11th in Tokyo: 4 days left.
    const inTokyo = supplyRemaining({
      dispensedUnits: 28,
      dosesSinceDispensing: [],
      dosage: course,
      now: new Date('2026-01-10T23:30Z'),
      zone: 'Asia/Tokyo',
    });
    expect(inTokyo.daysLeftInCourse).toBe(4);
  });

  it('never goes below empty', () => {
    const supply = supplyRemaining({
      dispensedUnits: 4,
      dosesSinceDispensing: doses(6),
      dosage: twiceDaily,
      now,
      zone: 'UTC',
    });
    expect(supply).toMatchObject({ remainingUnits: 0, daysOfSupply: 0 });
  });
});

describe('refill alert', () => {
  it('is due when the supply runs out within the threshold, not when the course ends first', () => {
    expect(refillAlertDue({ daysOfSupply: 7, daysLeftInCourse: null }, 7)).toBe(true);
    expect(refillAlertDue({ daysOfSupply: 7.5, daysLeftInCourse: null }, 7)).toBe(false);
    expect(refillAlertDue({ daysOfSupply: 3, daysLeftInCourse: 3 })).toBe(false);
    expect(refillAlertDue({ daysOfSupply: 3, daysLeftInCourse: 10 })).toBe(true);
  });
});
