import type {
  Condition,
  DiagnosticReport,
  Encounter,
  Immunization,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
  Practitioner,
} from '@medplum/fhirtypes';
import type { PatientContext } from './demographics.presenter.ts';

/**
 * Hand-written FHIR R4 fixtures shaped like real exports (Synthea's bundles reference entries by
 * `urn:uuid:`, use the older 55284-4 blood-pressure panel with diastolic first, and carry
 * floating-point values). Each builder takes overrides so a test states only what it is about.
 */
export const LOINC_SYSTEM = 'http://loinc.org';
export const SNOMED_SYSTEM = 'http://snomed.info/sct';
const CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category';
const INTERPRETATION_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';

export const NOW = new Date('2024-06-01T12:00:00Z');
export const ADULT_MAN: PatientContext = { sex: 'male', ageYears: 52, now: NOW };
export const ADULT_WOMAN: PatientContext = { sex: 'female', ageYears: 47, now: NOW };

export function patient(overrides: Partial<Patient> = {}): Patient {
  return {
    resourceType: 'Patient',
    id: '7b0c4f4e-2f4a-4a55-9a51-6a3f0c1d2e01',
    name: [
      { use: 'usual', given: ['Sam'], family: 'Jones' },
      { use: 'official', given: ['Samuel', 'Peter'], family: 'Jones' },
    ],
    gender: 'male',
    birthDate: '1972-03-15',
    identifier: [
      { system: 'https://github.com/synthetichealth/synthea', value: 'synthea-1' },
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
        system: 'http://hospital.example.org',
        value: 'H-4471',
      },
      { system: 'urn:lifecare-nexus:mrn', value: 'LN-000123' },
    ],
    ...overrides,
  };
}

export function practitioner(id: string, given: string, family: string): Practitioner {
  return { resourceType: 'Practitioner', id, name: [{ prefix: ['Dr.'], given: [given], family }] };
}

const loinc = (code: string, display: string) => ({
  coding: [{ system: LOINC_SYSTEM, code, display }],
  text: display,
});
const category = (code: string) => [{ coding: [{ system: CATEGORY_SYSTEM, code, display: code }] }];
export const interpretation = (code: string) => [{ coding: [{ system: INTERPRETATION_SYSTEM, code }] }];

/** A Synthea-shaped blood-pressure panel: 55284-4, diastolic listed before systolic, decimals. */
export function bloodPressure(
  id: string,
  systolic: number,
  diastolic: number,
  effective: string,
): Observation {
  const component = (code: string, display: string, value: number) => ({
    code: loinc(code, display),
    valueQuantity: { value, unit: 'mm[Hg]', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
  });
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: category('vital-signs'),
    code: loinc('55284-4', 'Blood Pressure'),
    subject: { reference: 'urn:uuid:7b0c4f4e-2f4a-4a55-9a51-6a3f0c1d2e01' },
    effectiveDateTime: effective,
    issued: effective,
    component: [
      component('8462-4', 'Diastolic Blood Pressure', diastolic),
      component('8480-6', 'Systolic Blood Pressure', systolic),
    ],
  };
}

/** A numeric result with a UCUM unit. */
export function quantityObservation(input: {
  id: string;
  code: string;
  display: string;
  value: number;
  unit: string;
  effective: string;
  category?: 'vital-signs' | 'laboratory';
  overrides?: Partial<Observation>;
}): Observation {
  return {
    resourceType: 'Observation',
    id: input.id,
    status: 'final',
    category: category(input.category ?? 'laboratory'),
    code: loinc(input.code, input.display),
    effectiveDateTime: input.effective,
    valueQuantity: {
      value: input.value,
      unit: input.unit,
      system: 'http://unitsofmeasure.org',
      code: input.unit,
    },
    ...input.overrides,
  };
}

export function smokingStatus(id: string, code: string, display: string, effective: string): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: category('survey'),
    code: loinc('72166-2', 'Tobacco smoking status NHIS'),
    effectiveDateTime: effective,
    valueCodeableConcept: { coding: [{ system: SNOMED_SYSTEM, code, display }], text: display },
  };
}

export function condition(id: string, overrides: Partial<Condition> = {}): Condition {
  return {
    resourceType: 'Condition',
    id,
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    verificationStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }],
    },
    code: {
      coding: [{ system: SNOMED_SYSTEM, code: '38341003', display: 'Hypertension' }],
      text: 'Hypertension',
    },
    subject: { reference: 'urn:uuid:7b0c4f4e-2f4a-4a55-9a51-6a3f0c1d2e01' },
    onsetDateTime: '2015-04-02T09:00:00+00:00',
    recordedDate: '2015-04-02T09:00:00+00:00',
    ...overrides,
  };
}

export const clinicalStatus = (code: string) => ({
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code }],
});
export const verificationStatus = (code: string) => ({
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code }],
});

export function medicationRequest(id: string, overrides: Partial<MedicationRequest> = {}): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    id,
    status: 'active',
    intent: 'order',
    medicationCodeableConcept: {
      coding: [
        {
          system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
          code: '314076',
          display: 'lisinopril 10 MG Oral Tablet',
        },
      ],
      text: 'lisinopril 10 MG Oral Tablet',
    },
    subject: { reference: 'urn:uuid:7b0c4f4e-2f4a-4a55-9a51-6a3f0c1d2e01' },
    authoredOn: '2020-02-22T10:00:00+00:00',
    requester: { reference: 'urn:uuid:0e99785d-8f2a-45c7-848c-d6b31d1aa50e' },
    ...overrides,
  };
}

export function medicationStatement(
  id: string,
  overrides: Partial<MedicationStatement> = {},
): MedicationStatement {
  return {
    resourceType: 'MedicationStatement',
    id,
    status: 'active',
    medicationCodeableConcept: { text: 'Ibuprofen 200 mg tablets (bought at the pharmacy)' },
    subject: { reference: 'Patient/7b0c4f4e-2f4a-4a55-9a51-6a3f0c1d2e01' },
    effectiveDateTime: '2024-05-01',
    dateAsserted: '2024-05-20',
    ...overrides,
  };
}

export function encounter(id: string, start: string, overrides: Partial<Encounter> = {}): Encounter {
  return {
    resourceType: 'Encounter',
    id,
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
    type: [
      {
        coding: [{ system: SNOMED_SYSTEM, code: '185349003', display: 'Encounter for check up' }],
        text: 'Encounter for check up',
      },
    ],
    participant: [{ individual: { reference: 'urn:uuid:0e99785d-8f2a-45c7-848c-d6b31d1aa50e' } }],
    period: { start, end: start },
    ...overrides,
  };
}

export function immunization(id: string, date: string, overrides: Partial<Immunization> = {}): Immunization {
  return {
    resourceType: 'Immunization',
    id,
    status: 'completed',
    vaccineCode: {
      coding: [
        {
          system: 'http://hl7.org/fhir/sid/cvx',
          code: '140',
          display: 'Influenza, seasonal, injectable, preservative free',
        },
      ],
    },
    patient: { reference: 'urn:uuid:7b0c4f4e-2f4a-4a55-9a51-6a3f0c1d2e01' },
    occurrenceDateTime: date,
    ...overrides,
  };
}

/** A lab report whose results are referenced Synthea-style (`urn:uuid:`) or FHIR-style (`Observation/id`). */
export function report(
  id: string,
  effective: string,
  resultIds: readonly string[],
  style: 'urn' | 'relative' = 'urn',
): DiagnosticReport {
  return {
    resourceType: 'DiagnosticReport',
    id,
    status: 'final',
    code: loinc('51990-0', 'Basic Metabolic Panel'),
    effectiveDateTime: effective,
    issued: effective,
    result: resultIds.map((resultId) => ({
      reference: style === 'urn' ? `urn:uuid:${resultId}` : `Observation/${resultId}`,
    })),
  };
}
