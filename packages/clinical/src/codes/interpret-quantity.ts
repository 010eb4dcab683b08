import { SYSTEMS } from './code-systems.ts';
import type { LoincTest, ReferenceRangeRule, ReferenceRangeView, ResultFlag, Sex } from './codes.types.ts';
import { findLoincTest } from './loinc-tests.ts';
import { toCanonicalValue } from './units.ts';

/** The tables hold adult ranges; a child's result gets no flag rather than an adult one. */
const ADULT_AGE_YEARS = 18;

function rangeText(low: number | null, high: number | null, unitDisplay: string): string {
  const unit = unitDisplay ? ` ${unitDisplay}` : '';
  if (low !== null && high !== null) return `${low}–${high}${unit}`;
  if (high !== null) return `≤ ${high}${unit}`;
  return `≥ ${low}${unit}`;
}

function applicableRule(test: LoincTest, sex: Sex | null): ReferenceRangeRule | null {
  const general = test.ranges.find((rule) => rule.sex === undefined);
  if (sex !== null) return test.ranges.find((rule) => rule.sex === sex) ?? general ?? null;
  if (general) return general;
  // Sex unknown and only sex-specific rules: the widest interval, so nothing normal for either sex is flagged.
  const rules = test.ranges;
  if (rules.length === 0) return null;
  const lows = rules.map((rule) => rule.low).filter((low): low is number => low !== undefined);
  const highs = rules.map((rule) => rule.high).filter((high): high is number => high !== undefined);
  // A bound missing for one sex means no bound for the union either.
  return {
    ...(lows.length === rules.length ? { low: Math.min(...lows) } : {}),
    ...(highs.length === rules.length ? { high: Math.max(...highs) } : {}),
  };
}

/**
 * The adult reference range of a curated test for a patient, in the test's canonical unit, or null
 * when the test has no range for this patient (no range at all, a child, or a sex the test has no
 * range for, such as PSA in a woman).
 */
export function referenceRangeFor(
  test: LoincTest,
  sex: Sex | null,
  ageYears: number | null,
): ReferenceRangeView | null {
  if (ageYears !== null && ageYears < ADULT_AGE_YEARS) return null;
  const rule = applicableRule(test, sex);
  if (!rule || (rule.low === undefined && rule.high === undefined)) return null;
  const low = rule.low ?? null;
  const high = rule.high ?? null;
  return { low, high, unit: test.unit, text: rangeText(low, high, test.unitDisplay) };
}

function decimalsOf(limit: number | undefined | null): number {
  return limit === undefined || limit === null ? 0 : (String(limit).split('.')[1] ?? '').length;
}

/**
 * The reporting precision of a test: the most decimals any of its limits is written with. Results are
 * compared at that precision, as a laboratory report would show them, so that a converted 5.5 mmol/L
 * glucose (99.09 mg/dL) reads as 99 mg/dL against the "< 100 mg/dL" limit rather than as high.
 */
export function reportingDecimals(test: LoincTest): number {
  const limits = [
    ...test.ranges.flatMap((rule) => [rule.low, rule.high]),
    test.critical?.low,
    test.critical?.high,
  ];
  return Math.max(0, ...limits.map(decimalsOf));
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(Number((value * scale).toPrecision(12))) / scale;
}

function flagFor(test: LoincTest, rawValue: number, range: ReferenceRangeView): ResultFlag {
  const value = roundTo(rawValue, reportingDecimals(test));
  const critical = test.critical;
  if (critical?.low !== undefined && value <= critical.low) return 'critical-low';
  if (critical?.high !== undefined && value >= critical.high) return 'critical-high';
  if (range.low !== null && value < range.low) return 'low';
  if (range.high !== null && value > range.high) return 'high';
  return 'normal';
}

/**
 * Reads one numeric result against the test's range for this patient. The value is converted from
 * `unit` when it is an alternate unit; an unknown test or an unknown unit gives null (no flag rather
 * than a wrong flag). The returned range is in the test's canonical unit (`range.unit`, UCUM).
 */
export function interpretQuantity(input: {
  loincCode: string;
  value: number;
  unit: string | null;
  sex: Sex | null;
  ageYears: number | null;
}): { flag: ResultFlag; range: ReferenceRangeView } | null {
  const test = findLoincTest(input.loincCode);
  if (!test || !Number.isFinite(input.value)) return null;
  const value = toCanonicalValue(test, input.value, input.unit);
  if (value === null) return null;
  const range = referenceRangeFor(test, input.sex, input.ageYears);
  if (!range) return null;
  return { flag: flagFor(test, value, range), range };
}

const INTERPRETATION_CODES: Readonly<Record<ResultFlag, { code: string; display: string }>> = {
  normal: { code: 'N', display: 'Normal' },
  low: { code: 'L', display: 'Low' },
  high: { code: 'H', display: 'High' },
  'critical-low': { code: 'LL', display: 'Critical low' },
  'critical-high': { code: 'HH', display: 'Critical high' },
};

/** The FHIR v3 ObservationInterpretation code for a flag: N, L, H, LL, HH. */
export function interpretationCode(flag: ResultFlag): { system: string; code: string; display: string } {
  return { system: SYSTEMS.interpretation, ...INTERPRETATION_CODES[flag] };
}

/** The flag for a v3 ObservationInterpretation code (N, L, H, LL, HH), or null for any other code. */
export function flagFromInterpretationCode(code: string): ResultFlag | null {
  const flags: readonly ResultFlag[] = ['normal', 'low', 'high', 'critical-low', 'critical-high'];
  return flags.find((flag) => INTERPRETATION_CODES[flag].code === code) ?? null;
}
