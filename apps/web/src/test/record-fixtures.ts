import type {
  Allergy,
  DocumentEntry,
  ImportReport,
  Measurement,
  MedicationEntry,
  PatientDemographics,
  ProblemEntry,
  RecordSummary,
  TimelineEntry,
} from '@nexus/contracts';

/**
 * Health-record fixtures: the demo patient with a small, clinically plausible record. Codes are real
 * (LOINC, SNOMED CT, ICD-10) so tests read like the charts they stand for.
 */
export const RECORD_PATIENT_ID = '00000000-0000-4000-8000-000000000201';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';

export function buildDemographics(overrides: Partial<PatientDemographics> = {}): PatientDemographics {
  return {
    id: RECORD_PATIENT_ID,
    displayName: 'Alex Morgan',
    birthDate: '1974-03-04',
    ageYears: 52,
    gender: 'female',
    identifiers: [{ label: 'Record number', value: 'LCN-000201' }],
    deceasedAt: null,
    ...overrides,
  };
}

export function buildProblemEntry(overrides: Partial<ProblemEntry> = {}): ProblemEntry {
  return {
    id: 'condition-1',
    code: { system: SNOMED, code: '44054006', display: 'Type 2 diabetes mellitus' },
    icd10: { system: 'http://hl7.org/fhir/sid/icd-10', code: 'E11.9', display: 'Type 2 diabetes mellitus' },
    clinicalStatus: 'active',
    verificationStatus: 'confirmed',
    onset: '2019-06-12',
    abatement: null,
    recordedAt: '2019-06-12T10:00:00.000Z',
    recordedBy: 'Dr Samira Haddad',
    note: null,
    ...overrides,
  };
}

export function buildMedication(overrides: Partial<MedicationEntry> = {}): MedicationEntry {
  return {
    id: 'medication-1',
    source: 'prescribed',
    medication: {
      system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
      code: '860975',
      display: 'Metformin 500 mg tablet',
    },
    status: 'active',
    dosage: '1 tablet twice a day with meals',
    since: '2019-06-12',
    prescriber: 'Dr Samira Haddad',
    reason: 'Type 2 diabetes mellitus',
    ...overrides,
  };
}

export function buildAllergy(overrides: Partial<Allergy> = {}): Allergy {
  return {
    id: 'allergy-1',
    substance: { system: SNOMED, code: '764146007', display: 'Penicillin' },
    category: ['medication'],
    criticality: 'high',
    clinicalStatus: 'active',
    reactions: ['Hives', 'Wheezing'],
    recordedAt: '2010-01-20',
    ...overrides,
  };
}

/** Blood pressure 128/82 mmHg, as the server reads a panel with two components. */
export function buildBloodPressure(overrides: Partial<Measurement> = {}): Measurement {
  return {
    id: 'obs-bp-1',
    code: { system: LOINC, code: '85354-9', display: 'Blood pressure' },
    category: 'vital-signs',
    effective: '2026-02-10T09:30:00.000Z',
    value: {
      kind: 'components',
      components: [
        {
          code: { system: LOINC, code: '8480-6', display: 'Systolic blood pressure' },
          value: 128,
          unit: 'mmHg',
        },
        {
          code: { system: LOINC, code: '8462-4', display: 'Diastolic blood pressure' },
          value: 82,
          unit: 'mmHg',
        },
      ],
      text: '128/82 mmHg',
    },
    flag: null,
    referenceRange: null,
    status: 'final',
    ...overrides,
  };
}

/** HbA1c 7.2 %, above the usual 4.0–5.6 % range. */
export function buildHba1c(overrides: Partial<Measurement> = {}): Measurement {
  return {
    id: 'obs-hba1c-1',
    code: { system: LOINC, code: '4548-4', display: 'Hemoglobin A1c/Hemoglobin.total in Blood' },
    category: 'laboratory',
    effective: '2026-02-10T08:00:00.000Z',
    value: { kind: 'quantity', value: 7.2, unit: '%' },
    flag: 'high',
    referenceRange: { low: 4, high: 5.6, unit: '%', text: '4.0–5.6 %' },
    status: 'final',
    ...overrides,
  };
}

export function buildRecordSummary(overrides: Partial<RecordSummary> = {}): RecordSummary {
  return {
    patient: buildDemographics(),
    problems: [buildProblemEntry()],
    medications: [buildMedication()],
    allergies: [buildAllergy()],
    vitals: [buildBloodPressure()],
    labs: [buildHba1c()],
    smoking: {
      id: 'obs-smoking-1',
      code: { system: LOINC, code: '72166-2', display: 'Tobacco smoking status' },
      category: 'social-history',
      effective: '2025-11-03T10:00:00.000Z',
      value: { kind: 'coded', coding: { system: SNOMED, code: '8517006', display: 'Ex-smoker' } },
      flag: null,
      referenceRange: null,
      status: 'final',
    },
    recentEncounters: [],
    immunizations: [
      {
        id: 'imm-1',
        vaccine: { system: null, code: null, display: 'Influenza vaccine' },
        date: '2025-10-15',
        status: 'completed',
      },
    ],
    generatedAt: '2026-03-01T12:00:00.000Z',
    ...overrides,
  };
}

/** An empty record: the patient, and nothing recorded yet. */
export const buildEmptySummary = (): RecordSummary =>
  buildRecordSummary({
    problems: [],
    medications: [],
    allergies: [],
    vitals: [],
    labs: [],
    smoking: null,
    immunizations: [],
  });

export function buildTimelineEntry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    reference: 'Encounter/enc-1',
    kind: 'encounter',
    date: '2026-02-10T09:00:00.000Z',
    title: 'Diabetes review',
    detail: 'Outpatient visit with Dr Samira Haddad',
    flag: null,
    ...overrides,
  };
}

export function buildDocument(overrides: Partial<DocumentEntry> = {}): DocumentEntry {
  return {
    id: 'doc-1',
    title: 'Diabetes review',
    kind: 'clinical-note',
    date: '2026-02-10T09:45:00.000Z',
    author: 'Dr Samira Haddad',
    contentType: 'text/plain',
    status: 'current',
    ...overrides,
  };
}

export function buildImportReport(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    resources: 1234,
    byType: { Patient: 2, Observation: 1100, Condition: 32, Encounter: 100 },
    patients: [
      { id: '00000000-0000-4000-8000-000000000901', displayName: 'Jordan Lee' },
      { id: '00000000-0000-4000-8000-000000000902', displayName: 'Casey Brown' },
    ],
    durationMs: 2345,
    ...overrides,
  };
}
