/** Administrative sex as recorded for reference ranges (FHIR Patient.gender male / female). */
export type Sex = 'male' | 'female';

/** How a numeric result reads against its reference range and critical limits. */
export type ResultFlag = 'normal' | 'low' | 'high' | 'critical-low' | 'critical-high';

/** The range a result was read against, in the test's canonical unit, ready to show or to put in FHIR. */
export type ReferenceRangeView = { low: number | null; high: number | null; unit: string; text: string };

/** One adult reference-range rule; a rule with `sex` applies to that sex only. */
export type ReferenceRangeRule = { sex?: Sex; low?: number; high?: number };

/**
 * One curated LOINC test: a vital sign, a laboratory test, or a social-history observation.
 *
 * Limits are inclusive boundaries of the acceptable interval: a value is low when below `low` and
 * high when above `high`. Guideline thresholds stated as "abnormal from X" are stored as the last
 * normal value at the usual reporting precision (HbA1c "≥ 5.7 %" is `high: 5.6`). Critical limits
 * follow the published panic-value lists, which are inclusive ("≤ 2.5", "≥ 6.0"): a value at or
 * beyond `critical.low` / `critical.high` is critical.
 */
export type LoincTest = {
  /** '4548-4' */
  code: string;
  /** LOINC long common name: 'Hemoglobin A1c/Hemoglobin.total in Blood'. */
  display: string;
  /** What clinicians say: 'HbA1c'. */
  shortName: string;
  category: 'vital-signs' | 'laboratory' | 'social-history';
  /** Canonical UCUM code: '%', 'mg/dL', 'mmol/L', 'mm[Hg]', '/min', 'Cel', 'kg', 'cm', 'kg/m2'. */
  unit: string;
  /** How people read it: '%', 'mg/dL', 'mmHg', 'beats/min', '°C'. */
  unitDisplay: string;
  /** Adult reference ranges; a rule with `sex` applies to that sex only, the rule without applies otherwise. */
  ranges: readonly ReferenceRangeRule[];
  /** Critical (panic) limits, when the test has them. */
  critical?: { low?: number; high?: number };
  /** Plausible bounds for data entry in the canonical unit. */
  inputMin: number;
  inputMax: number;
  /** Other UCUM units results arrive in, with the factor that converts them to the canonical unit (value × factor). */
  alternateUnits?: readonly { unit: string; factor: number }[];
  /**
   * Units that need an offset as well (°F to °C, IFCC mmol/mol to NGSP % HbA1c):
   * canonical = value × factor + offset. Kept apart from `alternateUnits` so that a reader applying
   * `value × factor` never gets a wrong number.
   */
  affineUnits?: readonly { unit: string; factor: number; offset: number }[];
  /** Where the range comes from (short citation). */
  source: string;
};

/** A code with its system and display, as in a FHIR Coding. */
export type CodedConcept = { system: string; code: string; display: string };

/** A condition as a SNOMED CT concept, its ICD-10-CM code when one fits, and lay words people search with. */
export type ConditionConcept = {
  snomed: CodedConcept;
  icd10: CodedConcept | null;
  keywords?: readonly string[];
};

/** What a smoking-status answer means for risk models. */
export type SmokingKind = 'current' | 'former' | 'never' | 'unknown';
