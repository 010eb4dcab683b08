import { type Dosage, maxDosesPerDay, timesOfDay } from '../dosage.ts';
import type { DoseStatus } from '../schedule/dose-state.ts';
import { addDays, daysBetween, localDateTimeOf } from '../schedule/zoned-time.ts';

/**
 * How long the medicine in hand lasts, to ask for a refill in time. It errs towards asking early: every
 * dose due since dispensing counts as used unless the patient recorded skipping it (a missed dose may
 * have been taken and not recorded), and an as-needed medicine is assumed to be used at its maximum.
 * Units are the dosage's own dose unit (tablets, mL, puffs): converting a dispensed pack into another
 * unit is the caller's.
 */

export type SupplyEstimate = {
  remainingUnits: number;
  unitsPerDay: number;
  /** Remaining units over units a day, at the current dosage; fractional. */
  daysOfSupply: number;
  basis: 'schedule' | 'as-needed-maximum';
  /** Days left of a fixed course, today included; null for an ongoing one. */
  daysLeftInCourse: number | null;
};

/** Average units a day at the dosage: a weekly dose spreads over the week. */
export function averageUnitsPerDay(dosage: Dosage): { unitsPerDay: number; basis: SupplyEstimate['basis'] } {
  const { timing } = dosage;
  if (timing.kind === 'as-needed')
    return { unitsPerDay: dosage.doseQuantity * maxDosesPerDay(timing), basis: 'as-needed-maximum' };
  const dosesPerDay =
    timing.kind === 'weekly'
      ? (timesOfDay(timing).length * timing.weekdays.length) / 7
      : timesOfDay(timing).length;
  return { unitsPerDay: dosage.doseQuantity * dosesPerDay, basis: 'schedule' };
}

/**
 * The supply left from one dispensing. `dosesSinceDispensing` are the doses due (or, as needed, taken)
 * between the dispensing and `now`; `zone` gives today's local date for the course end.
 */
export function supplyRemaining(input: {
  dispensedUnits: number;
  dosesSinceDispensing: readonly { status: DoseStatus }[];
  dosage: Dosage;
  now: Date;
  zone: string;
}): SupplyEstimate {
  const { dosage } = input;
  if (!(input.dispensedUnits >= 0)) throw new RangeError('dispensed units cannot be negative');
  const usedDoses = input.dosesSinceDispensing.filter((dose) => dose.status !== 'skipped').length;
  const remainingUnits = Math.max(0, input.dispensedUnits - usedDoses * dosage.doseQuantity);
  const rate = averageUnitsPerDay(dosage);
  const today = localDateTimeOf(input.now, input.zone).localDate;
  const daysLeftInCourse =
    dosage.durationDays === null
      ? null
      : Math.max(0, daysBetween(today, addDays(dosage.startDate, dosage.durationDays - 1)) + 1);
  return {
    remainingUnits,
    unitsPerDay: rate.unitsPerDay,
    daysOfSupply: remainingUnits / rate.unitsPerDay,
    basis: rate.basis,
    daysLeftInCourse,
  };
}

/**
 * Whether to prompt for a refill: the supply runs out within the threshold, and before the course ends
 * (a course that ends first needs none).
 */
export function refillAlertDue(
  supply: Pick<SupplyEstimate, 'daysOfSupply' | 'daysLeftInCourse'>,
  thresholdDays = 7,
): boolean {
  const outlastsCourse = supply.daysLeftInCourse !== null && supply.daysOfSupply >= supply.daysLeftInCourse;
  return !outlastsCourse && supply.daysOfSupply <= thresholdDays;
}
