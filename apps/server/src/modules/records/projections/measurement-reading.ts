import type { CodeableConcept, ObservationReferenceRange, Quantity } from '@medplum/fhirtypes';
import { conversionToCanonical, findLoincTest, interpretQuantity, type LoincTest } from '@nexus/clinical';
import type { ReferenceRange, ResultFlag } from '@nexus/contracts';
import type { PatientContext } from './demographics.presenter.ts';
import { unitDisplay } from './observation-codes.ts';

/** A number read against a range: what the portals show next to a result. */
export type Reading = { flag: ResultFlag | null; range: ReferenceRange | null };

/** FHIR v3 ObservationInterpretation codes, as the contract's flags. */
const INTERPRETATION_FLAGS: Record<string, ResultFlag> = {
  N: 'normal',
  L: 'low',
  LU: 'low',
  H: 'high',
  HU: 'high',
  LL: 'critical-low',
  HH: 'critical-high',
  A: 'abnormal',
  AA: 'abnormal',
};

/** The flag a resource states itself (its interpretation), or null when it states none we know. */
export function flagFromInterpretation(
  interpretation: readonly CodeableConcept[] | undefined,
): ResultFlag | null {
  for (const concept of interpretation ?? []) {
    for (const coding of concept.coding ?? []) {
      const flag = coding.code ? INTERPRETATION_FLAGS[coding.code] : undefined;
      if (flag) return flag;
    }
  }
  return null;
}

const SEVERITY: Record<ResultFlag, number> = {
  normal: 0,
  low: 1,
  high: 1,
  abnormal: 1,
  'critical-low': 2,
  'critical-high': 2,
};

/** The most severe of several flags (the first of equals), e.g. a BP panel from its two numbers. */
export function worstFlag(flags: readonly (ResultFlag | null)[]): ResultFlag | null {
  let worst: ResultFlag | null = null;
  for (const flag of flags) {
    if (flag !== null && (worst === null || SEVERITY[flag] > SEVERITY[worst])) worst = flag;
  }
  return worst;
}

/** The resource's own range (the first one), in the units it states. */
export function rangeFromResource(
  ranges: readonly ObservationReferenceRange[] | undefined,
): ReferenceRange | null {
  const range = ranges?.[0];
  if (!range) return null;
  const low = range.low?.value ?? null;
  const high = range.high?.value ?? null;
  const unit = unitDisplay(unitOf(range.low) ?? unitOf(range.high));
  const text = range.text?.trim() || rangeText(low, high, unit);
  if (text === '') return null;
  return { low, high, unit, text };
}

/**
 * Reads a number against the curated table for this patient. The range comes back in the unit of
 * the value (converted from the canonical unit for an alternate one), so a glucose in mmol/L is shown
 * next to a range in mmol/L. Null for a test or unit the table does not know.
 */
export function readAgainstTable(
  loincCode: string,
  value: number,
  unit: string | null,
  ctx: PatientContext,
): { flag: ResultFlag; range: ReferenceRange } | null {
  const test = findLoincTest(loincCode);
  if (!test) return null;
  const conversion = unitConversion(test, unit);
  const reading = interpretQuantity({ loincCode, value, unit, sex: ctx.sex, ageYears: ctx.ageYears });
  if (!reading) return null;
  if (!conversion || conversion.canonical) {
    const range = { low: reading.range.low, high: reading.range.high };
    return {
      flag: reading.flag,
      range: { ...range, unit: unitDisplay(reading.range.unit, test), text: reading.range.text },
    };
  }
  const low =
    reading.range.low === null ? null : roundSignificant(conversion.fromCanonical(reading.range.low));
  const high =
    reading.range.high === null ? null : roundSignificant(conversion.fromCanonical(reading.range.high));
  const shownUnit = unitDisplay(unit);
  return { flag: reading.flag, range: { low, high, unit: shownUnit, text: rangeText(low, high, shownUnit) } };
}

/** How a unit relates to the test's canonical unit; null for a unit the test does not list. */
export type UnitConversion = {
  canonical: boolean;
  toCanonical: (value: number) => number;
  fromCanonical: (value: number) => number;
};

/**
 * The conversion between `unit` and the test's canonical unit (the table's: synonyms such as
 * 'mmHg' for 'mm[Hg]', alternate units × factor, affine ones such as °F), or null for a unit the
 * test does not know.
 */
export function unitConversion(test: LoincTest, unit: string | null): UnitConversion | null {
  const conversion = conversionToCanonical(test, unit);
  if (!conversion) return null;
  const { factor, offset } = conversion;
  return {
    canonical: factor === 1 && offset === 0,
    toCanonical: (value) => Number((value * factor + offset).toPrecision(12)),
    fromCanonical: (value) => (value - offset) / factor,
  };
}

/**
 * A flag from the resource's own numeric range, for tests the table does not know. No critical
 * limits come from it, only low/normal/high.
 */
export function flagFromOwnRange(value: number, range: ReferenceRange | null): ResultFlag | null {
  if (!range || (range.low === null && range.high === null)) return null;
  if (range.low !== null && value < range.low) return 'low';
  if (range.high !== null && value > range.high) return 'high';
  return 'normal';
}

/** "4.0–5.6 %", "≤ 5.2 mmol/L", "≥ 60 mL/min"; '' when there are no bounds. */
export function rangeText(low: number | null, high: number | null, unit: string | null): string {
  const suffix = unit ? ` ${unit}` : '';
  if (low !== null && high !== null) return `${low}–${high}${suffix}`;
  if (high !== null) return `≤ ${high}${suffix}`;
  if (low !== null) return `≥ ${low}${suffix}`;
  return '';
}

/** Quantity unit as UCUM code when coded, else as written. */
export function unitOf(quantity: Quantity | undefined): string | null {
  return quantity?.code?.trim() || quantity?.unit?.trim() || null;
}

/** Three significant digits: enough for a converted range bound without false precision. */
function roundSignificant(value: number): number {
  return Number(value.toPrecision(3));
}
