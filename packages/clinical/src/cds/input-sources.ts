/**
 * Where a disease module's input is found in a patient's FHIR record. Sources are data, read by
 * `prefillInputs`, so a module never touches FHIR itself. A record can prove that a condition is
 * present; only an answer can say it is absent, so a boolean with no evidence either way is asked.
 */
export type InputSource =
  /** Whole years from Patient.birthDate to the assessment date. */
  | { kind: 'age' }
  /** Patient.gender, `male` or `female`; other values are asked. */
  | { kind: 'sex' }
  /** Latest final Observation with one of these LOINC codes, in `unit` (converted when needed). */
  | { kind: 'observation'; loinc: readonly string[]; unit: string; maxAgeDays?: number }
  /** Latest smoking status (LOINC 72166-2) as `current`, `former` or `never`. */
  | { kind: 'smoking-status' }
  /** True when the record holds a Condition with one of these codes (SNOMED CT, or ICD-10-CM prefixes). */
  | { kind: 'condition'; snomed: readonly string[]; icd10Prefixes: readonly string[] }
  /** True when an active MedicationRequest or MedicationStatement names one of these ingredients. */
  | { kind: 'medication'; ingredients: readonly string[] }
  /** eGFR: a recorded eGFR Observation, else CKD-EPI 2021 from the latest creatinine, age and sex. */
  | { kind: 'egfr' }
  /**
   * An answer in the latest symptoms-and-history QuestionnaireResponse, mapped through `values`
   * (answer code or `true`/`false` → input value) when given; numbers are taken as they are.
   */
  | { kind: 'questionnaire'; linkId: string; values?: Readonly<Record<string, string | number | boolean>> };

export const SYMPTOMS_AND_HISTORY_URL = 'urn:lifecare-nexus:questionnaire:symptoms-and-history';
