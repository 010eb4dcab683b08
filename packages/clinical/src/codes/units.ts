import type { LoincTest } from './codes.types.ts';
import { findLoincTest } from './loinc-tests.ts';

// Spellings seen in real feeds mapped to their UCUM code; the tables only speak UCUM.
const UNIT_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['mmhg', 'mm[Hg]'],
  ['°c', 'Cel'],
  ['degc', 'Cel'],
  ['c', 'Cel'],
  ['°f', '[degF]'],
  ['degf', '[degF]'],
  ['f', '[degF]'],
  ['bpm', '/min'],
  ['beats/min', '/min'],
  ['breaths/min', '/min'],
  ['kg/m²', 'kg/m2'],
  ['lb', '[lb_av]'],
  ['lbs', '[lb_av]'],
  ['in', '[in_i]'],
  ['mg/dl', 'mg/dL'],
  ['meq/l', 'meq/L'],
  ['miu/l', 'm[IU]/L'],
  ['uiu/ml', 'u[IU]/mL'],
  ['iu/l', '[IU]/L'],
  ['10^9/l', '10*9/L'],
  ['x10^9/l', '10*9/L'],
  ['10^12/l', '10*12/L'],
  ['x10^12/l', '10*12/L'],
  ['10^3/ul', '10*3/uL'],
  ['k/ul', '10*3/uL'],
  ['10^6/ul', '10*6/uL'],
  ['m/ul', '10*6/uL'],
  ['ml/min/1.73m2', 'mL/min/{1.73_m2}'],
  ['ml/min/1.73m²', 'mL/min/{1.73_m2}'],
  ['pack-years', '{pack-years}'],
]);

/** Brings a unit string to the UCUM spelling the tables use (µ → u, mmHg → mm[Hg], °C → Cel …). */
export function normalizeUnit(unit: string): string {
  const compact = unit.trim().replace(/\s+/g, '').replace(/[µμ]/g, 'u').replace(/mcg/g, 'ug');
  return UNIT_SYNONYMS.get(compact.toLowerCase()) ?? compact;
}

type Conversion = { factor: number; offset: number };

function sameUnit(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

function isDimensionless(unit: string): boolean {
  return unit === '1' || /^\{[^}]*\}$/.test(unit);
}

/** How `unit` converts to the test's canonical unit, or null when the unit is not one the test knows. */
export function conversionToCanonical(test: LoincTest, unit: string | null): Conversion | null {
  // A missing unit is only safe for scores and ratios; for anything else it could be mg/dL or mmol/L.
  if (unit === null || unit.trim() === '')
    return isDimensionless(test.unit) ? { factor: 1, offset: 0 } : null;
  const normalized = normalizeUnit(unit);
  if (sameUnit(normalized, test.unit) || unit.trim() === test.unitDisplay) return { factor: 1, offset: 0 };
  const linear = test.alternateUnits?.find((alternate) =>
    sameUnit(normalizeUnit(alternate.unit), normalized),
  );
  if (linear) return { factor: linear.factor, offset: 0 };
  const affine = test.affineUnits?.find((alternate) => sameUnit(normalizeUnit(alternate.unit), normalized));
  return affine ? { factor: affine.factor, offset: affine.offset } : null;
}

/** The value in the test's canonical unit, or null when the unit is unknown for that test. */
export function toCanonicalValue(test: LoincTest, value: number, unit: string | null): number | null {
  const conversion = conversionToCanonical(test, unit);
  // toPrecision drops the binary noise of the factors (100.4 °F is 38 °C, not 38.000000000000004).
  return conversion ? Number((value * conversion.factor + conversion.offset).toPrecision(12)) : null;
}

/**
 * Converts a result of the given LOINC test between two of its units (glucose 126 mg/dL → 6.99 mmol/L).
 * Null when the test is not curated or either unit is not one the test knows.
 */
export function convertQuantity(input: {
  loincCode: string;
  value: number;
  fromUnit: string | null;
  toUnit: string;
}): number | null {
  const test = findLoincTest(input.loincCode);
  if (!test) return null;
  const from = conversionToCanonical(test, input.fromUnit);
  const to = conversionToCanonical(test, input.toUnit);
  if (!from || !to) return null;
  const canonical = input.value * from.factor + from.offset;
  return (canonical - to.offset) / to.factor;
}
