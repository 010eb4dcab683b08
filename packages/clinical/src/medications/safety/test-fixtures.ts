import type { Dosage, DoseTiming, DoseUnit, Route } from '../dosage.ts';
import type { MedicationOrder } from './safety.types.ts';

/** A dosage for tests: `quantity` `unit` by `route`, N times a day unless a timing is given. */
export function dosage(
  quantity: number,
  unit: DoseUnit,
  timesPerDayOrTiming: number | DoseTiming = 1,
  route: Route = 'oral',
): Dosage {
  const timing: DoseTiming =
    typeof timesPerDayOrTiming === 'number'
      ? { kind: 'times-per-day', timesPerDay: timesPerDayOrTiming }
      : timesPerDayOrTiming;
  return {
    doseQuantity: quantity,
    doseUnit: unit,
    route,
    timing,
    startDate: '2026-03-02',
    durationDays: null,
    instructions: null,
  };
}

/** A medication order of a product, with or without a dosage. */
export const product = (key: string, productId: string, dose: Dosage | null = null): MedicationOrder => ({
  key,
  productId,
  dosage: dose,
});

/** A medication order naming only the drug. */
export const drugOrder = (key: string, drugId: string, dose: Dosage | null = null): MedicationOrder => ({
  key,
  drugId,
  dosage: dose,
});
