import type { AllergyIntolerance, DocumentReference } from '@medplum/fhirtypes';
import {
  Allergy,
  DocumentEntry,
  type DocumentKind,
  MedicationEntry,
  PatientDemographics,
  ProblemEntry,
} from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import { presentAllergy } from './allergy.presenter.ts';
import { patientContext, presentDemographics } from './demographics.presenter.ts';
import { presentDocument } from './document.presenter.ts';
import { presentEncounter } from './encounter.presenter.ts';
import {
  condition,
  encounter,
  immunization,
  medicationRequest,
  medicationStatement,
  NOW,
  patient,
  practitioner,
  SNOMED_SYSTEM,
} from './fhir-fixtures.test-helpers.ts';
import { presentImmunization } from './immunization.presenter.ts';
import { presentMedication } from './medication.presenter.ts';
import { createNameLookup } from './name-lookup.ts';
import { presentProblem } from './problem.presenter.ts';

const doctor = practitioner('0e99785d-8f2a-45c7-848c-d6b31d1aa50e', 'Cedrick', 'Runte');
const names = createNameLookup([doctor]);

describe('names of referenced resources', () => {
  it('finds a resource by Type/id, urn:uuid and absolute URL, and prefers the reference display', () => {
    expect(names({ reference: 'Practitioner/0e99785d-8f2a-45c7-848c-d6b31d1aa50e' })).toBe(
      'Dr. Cedrick Runte',
    );
    expect(names({ reference: 'urn:uuid:0e99785d-8f2a-45c7-848c-d6b31d1aa50e' })).toBe('Dr. Cedrick Runte');
    expect(
      names({ reference: 'https://ehr.example/fhir/Practitioner/0e99785d-8f2a-45c7-848c-d6b31d1aa50e' }),
    ).toBe('Dr. Cedrick Runte');
    expect(names({ reference: 'Practitioner/other', display: 'Dr. Who' })).toBe('Dr. Who');
    expect(names({ reference: 'Practitioner/unknown' })).toBeNull();
    expect(names(undefined)).toBeNull();
  });
});

describe('demographics', () => {
  it('labels identifiers, puts the record number first and names the patient by the official name', () => {
    const d = presentDemographics(patient(), NOW);
    expect(PatientDemographics.parse(d)).toEqual(d);
    expect(d.displayName).toBe('Samuel Peter Jones');
    expect(d.identifiers).toEqual([
      { label: 'Record number', value: 'LN-000123' },
      { label: 'Other identifier', value: 'synthea-1' },
      { label: 'Medical record', value: 'H-4471' },
    ]);
  });

  it.each([
    ['SS', 'Social security'],
    ['DL', 'Driver licence'],
    ['PPN', 'Passport'],
  ])('labels identifier type %s as "%s"', (code, label) => {
    const p = patient({
      identifier: [
        {
          type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code }] },
          value: 'X1',
        },
      ],
    });
    expect(presentDemographics(p, NOW).identifiers).toEqual([{ label, value: 'X1' }]);
  });

  it('counts age in whole years: the day before the birthday is still the younger age', () => {
    const p = patient({ birthDate: '1972-06-02' });
    expect(presentDemographics(p, NOW).ageYears).toBe(51);
    expect(presentDemographics(patient({ birthDate: '1972-06-01' }), NOW).ageYears).toBe(52);
    expect(patientContext(p, NOW)).toEqual({ sex: 'male', ageYears: 51, now: NOW });
    expect(patientContext(patient({ gender: 'other' }), NOW).sex).toBeNull();
  });

  it('stops the age at death', () => {
    const p = patient({ birthDate: '1940-01-01', deceasedDateTime: '2000-06-01T00:00:00Z' });
    expect(presentDemographics(p, NOW)).toMatchObject({ ageYears: 60, deceasedAt: '2000-06-01T00:00:00Z' });
  });
});

describe('problems', () => {
  it('maps a SNOMED CT code to ICD-10 through the clinical table', () => {
    const p = presentProblem(
      condition('c1', { recorder: { reference: 'urn:uuid:0e99785d-8f2a-45c7-848c-d6b31d1aa50e' } }),
      names,
    );
    expect(ProblemEntry.parse(p)).toEqual(p);
    // SNOMED CT 38341003 Hypertensive disorder ↔ ICD-10-CM I10 Essential (primary) hypertension.
    expect(p.icd10?.code).toBe('I10');
    expect(p).toMatchObject({
      clinicalStatus: 'active',
      verificationStatus: 'confirmed',
      recordedBy: 'Dr. Cedrick Runte',
    });
  });

  it("prefers the resource's own ICD-10 coding", () => {
    const c = condition('c2', {
      code: {
        coding: [
          { system: SNOMED_SYSTEM, code: '44054006', display: 'Diabetes mellitus type 2' },
          {
            system: 'http://hl7.org/fhir/sid/icd-10',
            code: 'E11.65',
            display: 'Type 2 diabetes with hyperglycaemia',
          },
        ],
      },
    });
    expect(presentProblem(c, names).icd10).toEqual({
      system: 'http://hl7.org/fhir/sid/icd-10',
      code: 'E11.65',
      display: 'Type 2 diabetes with hyperglycaemia',
    });
  });

  it('has no ICD-10 for a code the table does not map', () => {
    const c = condition('c3', {
      code: { coding: [{ system: SNOMED_SYSTEM, code: '1234567', display: 'Odd' }] },
    });
    expect(presentProblem(c, names).icd10).toBeNull();
  });
});

describe('medicines', () => {
  it('reads a prescription with its prescriber and dosage built from dose, route and timing', () => {
    const m = presentMedication(
      medicationRequest('mr1', {
        dosageInstruction: [
          {
            doseAndRate: [{ doseQuantity: { value: 1, unit: 'tablet' } }],
            route: { coding: [{ system: SNOMED_SYSTEM, code: '26643006', display: 'Oral route' }] },
            timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } },
          },
        ],
      }),
      names,
    );
    expect(MedicationEntry.parse(m)).toEqual(m);
    expect(m).toMatchObject({
      source: 'prescribed',
      prescriber: 'Dr. Cedrick Runte',
      since: '2020-02-22T10:00:00+00:00',
    });
    expect(m.dosage).toBe('1 tablet by mouth, 2 times per day');
    expect(m.medication.code).toBe('314076');
  });

  it("keeps the prescriber's own dosage text, and says 'as needed'", () => {
    const text = presentMedication(
      medicationRequest('a', { dosageInstruction: [{ text: 'One at night' }] }),
      names,
    );
    const asNeeded = presentMedication(
      medicationRequest('b', { dosageInstruction: [{ asNeededBoolean: true }] }),
      names,
    );
    expect(text.dosage).toBe('One at night');
    expect(asNeeded.dosage).toBe('As needed');
  });

  it('reads a statement as reported by the patient, since its effective date, with no prescriber', () => {
    const m = presentMedication(medicationStatement('ms1'), names);
    expect(m).toMatchObject({
      source: 'reported',
      prescriber: null,
      since: '2024-05-01',
      medication: { system: null, code: null, display: 'Ibuprofen 200 mg tablets (bought at the pharmacy)' },
    });
  });
});

describe('allergies, encounters, immunizations, documents', () => {
  it('lists reactions with their severity', () => {
    const a: AllergyIntolerance = {
      resourceType: 'AllergyIntolerance',
      id: 'al1',
      patient: { reference: 'Patient/p' },
      clinicalStatus: { coding: [{ code: 'active' }] },
      category: ['medication'],
      criticality: 'high',
      code: { coding: [{ system: SNOMED_SYSTEM, code: '91936005', display: 'Allergy to penicillin' }] },
      reaction: [
        { manifestation: [{ text: 'Hives' }], severity: 'moderate' },
        { manifestation: [{ text: 'Wheeze' }] },
      ],
      recordedDate: '2010-01-01',
    };
    const out = presentAllergy(a);
    expect(Allergy.parse(out)).toEqual(out);
    expect(out).toMatchObject({
      reactions: ['Hives (moderate)', 'Wheeze'],
      criticality: 'high',
      clinicalStatus: 'active',
    });
  });

  it('reads the encounter class as a setting and the participant as the provider', () => {
    const e = presentEncounter(encounter('e1', '2024-02-01T09:00:00Z', { class: { code: 'EMER' } }), names);
    expect(e).toMatchObject({
      type: 'Encounter for check up',
      setting: 'emergency',
      provider: 'Dr. Cedrick Runte',
    });
  });

  it('reads a vaccine by its CVX code', () => {
    expect(presentImmunization(immunization('i1', '2023-10-01'))).toEqual({
      id: 'i1',
      vaccine: {
        system: 'http://hl7.org/fhir/sid/cvx',
        code: '140',
        display: 'Influenza, seasonal, injectable, preservative free',
      },
      date: '2023-10-01',
      status: 'completed',
    });
  });

  const document = (overrides: Partial<DocumentReference>): DocumentReference => ({
    resourceType: 'DocumentReference',
    id: 'd1',
    status: 'current',
    content: [{ attachment: { contentType: 'text/plain', title: 'Attachment title' } }],
    ...overrides,
  });

  it.each([
    [
      'progress note (LOINC 11506-3)',
      { type: { coding: [{ system: 'http://loinc.org', code: '11506-3' }] } },
      'clinical-note',
    ],
    [
      'note (LOINC 34109-9)',
      { type: { coding: [{ system: 'http://loinc.org', code: '34109-9' }] } },
      'clinical-note',
    ],
    [
      'US Core category clinical-note',
      {
        category: [
          {
            coding: [
              {
                system: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category',
                code: 'clinical-note',
              },
            ],
          },
        ],
      },
      'clinical-note',
    ],
    [
      'laboratory report (LOINC 11502-2)',
      { type: { coding: [{ system: 'http://loinc.org', code: '11502-2' }] } },
      'report',
    ],
    ['anything else', {}, 'other'],
  ] satisfies [string, Partial<DocumentReference>, DocumentKind][])(
    'calls a %s a %s',
    (_label, overrides, kind) => {
      const d = presentDocument(document(overrides), names);
      expect(DocumentEntry.parse(d)).toEqual(d);
      expect(d.kind).toBe(kind);
    },
  );

  it('titles a document by its description, else its attachment title', () => {
    expect(presentDocument(document({ description: 'Visit note' }), names).title).toBe('Visit note');
    expect(presentDocument(document({}), names).title).toBe('Attachment title');
  });
});
