import type { CodeableConcept, Observation } from '@medplum/fhirtypes';
import { findLoincTest, LOINC, type LoincTest, SYSTEMS } from '@nexus/clinical';
import type { Coding, ObservationCategory } from '@nexus/contracts';
import { codeIn, isEnteredInError, toCoding } from './fhir-values.ts';

/**
 * Blood-pressure panels: the current LOINC panel and the older "Blood pressure systolic and
 * diastolic" panel that Synthea and many exports still use. Both are read as one vital sign.
 */
export const BLOOD_PRESSURE_PANEL_CODES: readonly string[] = [
  LOINC.bloodPressurePanel,
  LOINC.bloodPressureSystolicDiastolic,
];

const CATEGORIES: readonly ObservationCategory[] = ['vital-signs', 'laboratory', 'social-history', 'survey'];

export function loincCodeOf(concept: CodeableConcept | undefined): string | undefined {
  return codeIn(concept, SYSTEMS.loinc);
}

export function isBloodPressurePanel(o: Observation): boolean {
  const code = loincCodeOf(o.code);
  return code !== undefined && BLOOD_PRESSURE_PANEL_CODES.includes(code);
}

/** The curated test behind an observation's LOINC code (the BP panels map to the current panel). */
export function loincTestOf(concept: CodeableConcept | undefined): LoincTest | undefined {
  const code = loincCodeOf(concept);
  if (code === undefined) return undefined;
  return findLoincTest(BLOOD_PRESSURE_PANEL_CODES.includes(code) ? LOINC.bloodPressurePanel : code);
}

/** The observation's category from its own coding, else from the curated test, else 'other'. */
export function observationCategory(o: Observation): ObservationCategory {
  for (const concept of o.category ?? []) {
    for (const coding of concept.coding ?? []) {
      const found = CATEGORIES.find((category) => category === coding.code);
      if (found) return found;
    }
  }
  return loincTestOf(o.code)?.category ?? 'other';
}

/**
 * The code as the portals show it: known LOINC tests by the short name clinicians use ("HbA1c"),
 * so the same test reads the same whichever system sent it; others by their own text.
 */
export function displayCoding(concept: CodeableConcept | undefined): Coding {
  const coding = toCoding(concept, [SYSTEMS.loinc, SYSTEMS.snomed]);
  const test = loincTestOf(concept);
  return test && coding.system === SYSTEMS.loinc ? { ...coding, display: test.shortName } : coding;
}

/**
 * What makes two observations "the same measurement" for latest-of and series: the LOINC code
 * (both BP panels as one), else the first system|code, else the text.
 */
export function measurementKey(concept: CodeableConcept | undefined): string {
  const loinc = loincCodeOf(concept);
  if (loinc)
    return BLOOD_PRESSURE_PANEL_CODES.includes(loinc)
      ? `loinc|${LOINC.bloodPressurePanel}`
      : `loinc|${loinc}`;
  const coding = concept?.coding?.find((c) => c.code);
  if (coding) return `${coding.system ?? ''}|${coding.code ?? ''}`;
  return `text|${concept?.text ?? ''}`;
}

/** Cancelled or entered in error: the observation never happened as recorded. */
export function isVoidObservation(o: Observation): boolean {
  return isEnteredInError(o.status) || o.status === 'cancelled';
}

/** UCUM codes as people write them. */
const UNIT_DISPLAY: Record<string, string> = {
  'mm[Hg]': 'mmHg',
  Cel: '°C',
  '[degF]': '°F',
  umol: 'µmol',
  'umol/L': 'µmol/L',
  'ug/L': 'µg/L',
  'ug/dL': 'µg/dL',
  'uU/mL': 'µU/mL',
  'u[IU]/mL': 'µIU/mL',
  'm[IU]/L': 'mIU/L',
  '10*3/uL': '10^3/µL',
  '10*6/uL': '10^6/µL',
  '10*9/L': '10^9/L',
  '10*12/L': '10^12/L',
  '/min': '/min',
  '{beats}/min': 'beats/min',
  '{breaths}/min': 'breaths/min',
  'kg/m2': 'kg/m²',
  '[lb_av]': 'lb',
  '[in_i]': 'in',
  'mL/min/{1.73_m2}': 'mL/min/1.73 m²',
};

/** How a unit reads: the curated display for the test's canonical unit, else a UCUM → text mapping. */
export function unitDisplay(unit: string | null | undefined, test?: LoincTest): string | null {
  if (!unit) return null;
  if (test && unit === test.unit) return test.unitDisplay;
  return UNIT_DISPLAY[unit] ?? unit;
}
