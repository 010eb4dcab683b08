import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineDiseaseModule } from './disease-module.ts';
import { SYMPTOMS_AND_HISTORY_URL } from './input-sources.ts';
import { ageInYears, missingInputs, type PatientRecord, prefillInputs } from './prefill.ts';

/** A module that only reads: one input per kind of source. */
const reader = defineDiseaseModule({
  id: 'prefill-reader',
  disease: { id: 'test', name: 'Test' },
  name: 'Prefill reader',
  version: '1.0.0',
  kind: 'equation',
  audience: 'patient',
  description: 'Reads one input from each kind of source.',
  inputs: z.object({
    age: z.number(),
    sex: z.enum(['male', 'female']),
    systolic: z.number(),
    cholesterol: z.number(),
    smoking: z.enum(['current', 'former', 'never']),
    diabetes: z.boolean(),
    statin: z.boolean(),
    egfr: z.number(),
    cigarettes: z.number(),
    quitYears: z.number().optional(),
  }),
  settings: z.object({}),
  inputInfo: {
    age: { label: 'Age', question: 'Age?', unit: 'a', sources: [{ kind: 'age' }] },
    sex: { label: 'Sex', question: 'Sex?', unit: null, sources: [{ kind: 'sex' }] },
    systolic: {
      label: 'Systolic',
      question: 'Systolic?',
      unit: 'mm[Hg]',
      sources: [{ kind: 'observation', loinc: ['8480-6'], unit: 'mm[Hg]', maxAgeDays: 365 }],
    },
    cholesterol: {
      label: 'Cholesterol',
      question: 'Cholesterol?',
      unit: 'mg/dL',
      sources: [{ kind: 'observation', loinc: ['2093-3'], unit: 'mg/dL' }],
    },
    smoking: { label: 'Smoking', question: 'Smoking?', unit: null, sources: [{ kind: 'smoking-status' }] },
    diabetes: {
      label: 'Diabetes',
      question: 'Diabetes?',
      unit: null,
      sources: [
        { kind: 'condition', snomed: ['44054006'], icd10Prefixes: ['E11'] },
        { kind: 'questionnaire', linkId: 'history.diabetes' },
      ],
    },
    statin: {
      label: 'Statin',
      question: 'Statin?',
      unit: null,
      sources: [{ kind: 'medication', ingredients: ['atorvastatin'] }],
    },
    egfr: { label: 'eGFR', question: 'eGFR?', unit: 'mL/min/{1.73_m2}', sources: [{ kind: 'egfr' }] },
    cigarettes: {
      label: 'Cigarettes',
      question: 'Cigarettes?',
      unit: '/d',
      sources: [
        { kind: 'observation', loinc: ['64218-1'], unit: '/d' },
        { kind: 'questionnaire', linkId: 'smoking.cigarettes-per-day' },
      ],
    },
    quitYears: {
      label: 'Years since quitting',
      question: 'Years?',
      unit: 'a',
      sources: [],
      askWhen: (known) => known.smoking === 'former',
    },
  },
  references: [{ id: 'none', citation: 'Test fixture.' }],
  assess: () => ({
    status: 'not-applicable',
    reason: 'test',
    plainLanguage: { meaning: '', whatYouCanDo: [] },
  }),
});

const loinc = (code: string) => ({ coding: [{ system: 'http://loinc.org', code }] });
const AS_OF = new Date('2026-06-01T00:00:00Z');

function record(
  resources: PatientRecord['resources'],
  overrides: Partial<PatientRecord> = {},
): PatientRecord {
  return { birthDate: '1960-06-02', gender: 'female', resources, ...overrides };
}

describe('prefillInputs', () => {
  it('counts age in whole years to the day before the birthday', () => {
    expect(ageInYears('1960-06-02', AS_OF)).toBe(65);
    expect(ageInYears('1960-06-01', AS_OF)).toBe(66);
    expect(prefillInputs(reader, record([]), AS_OF).age?.value).toBe(65);
  });

  it('takes the newest usable observation, reading panel components and converting units', () => {
    const found = prefillInputs(
      reader,
      record([
        {
          resourceType: 'Observation',
          id: 'bp-old',
          status: 'final',
          effectiveDateTime: '2026-01-01',
          code: loinc('85354-9'),
          component: [{ code: loinc('8480-6'), valueQuantity: { value: 150, code: 'mm[Hg]' } }],
        },
        {
          resourceType: 'Observation',
          id: 'bp-new',
          status: 'final',
          effectiveDateTime: '2026-05-01',
          code: loinc('85354-9'),
          component: [{ code: loinc('8480-6'), valueQuantity: { value: 128, code: 'mm[Hg]' } }],
        },
        {
          resourceType: 'Observation',
          id: 'bp-error',
          status: 'entered-in-error',
          effectiveDateTime: '2026-05-20',
          code: loinc('8480-6'),
          valueQuantity: { value: 210, code: 'mm[Hg]' },
        },
        // 5.5 mmol/L total cholesterol is 212.7 mg/dL (× 38.67).
        {
          resourceType: 'Observation',
          id: 'chol',
          status: 'final',
          effectiveDateTime: '2025-01-01',
          code: loinc('2093-3'),
          valueQuantity: { value: 5.5, code: 'mmol/L' },
        },
      ]),
      AS_OF,
    );
    expect(found.systolic).toMatchObject({
      value: 128,
      provenance: { kind: 'record', resourceId: 'bp-new' },
    });
    expect(found.cholesterol?.value).toBeCloseTo(212.7, 0);
  });

  it('leaves out an observation older than the source allows', () => {
    const found = prefillInputs(
      reader,
      record([
        {
          resourceType: 'Observation',
          status: 'final',
          effectiveDateTime: '2024-01-01',
          code: loinc('8480-6'),
          valueQuantity: { value: 140, code: 'mm[Hg]' },
        },
      ]),
      AS_OF,
    );
    expect(found.systolic).toBeUndefined();
  });

  it('finds a diagnosis by ICD-10 prefix, but not a refuted one; an answer stands in when there is none', () => {
    const diagnosed = prefillInputs(
      reader,
      record([
        {
          resourceType: 'Condition',
          id: 'dm',
          code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.9' }] },
        },
      ]),
      AS_OF,
    );
    expect(diagnosed.diabetes).toMatchObject({ value: true, provenance: { resourceId: 'dm' } });
    const answered = prefillInputs(
      reader,
      record([
        {
          resourceType: 'Condition',
          code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006' }] },
          verificationStatus: { coding: [{ code: 'refuted' }] },
        },
        {
          resourceType: 'QuestionnaireResponse',
          id: 'qr',
          status: 'completed',
          questionnaire: `${SYMPTOMS_AND_HISTORY_URL}|1`,
          authored: '2026-05-01',
          item: [
            {
              linkId: 'history',
              item: [{ linkId: 'history.diabetes', answer: [{ valueBoolean: false }] }],
            },
            {
              linkId: 'smoking',
              item: [{ linkId: 'smoking.cigarettes-per-day', answer: [{ valueInteger: 20 }] }],
            },
          ],
        },
      ]),
      AS_OF,
    );
    expect(answered.diabetes).toMatchObject({
      value: false,
      provenance: { resourceType: 'QuestionnaireResponse' },
    });
    expect(answered.cigarettes?.value).toBe(20);
  });

  it('takes the newest of an observation and an answer, but keeps a diagnosis over a later "no"', () => {
    const answers = (authored: string, cigarettes: number, diabetes: boolean) => ({
      resourceType: 'QuestionnaireResponse',
      id: `qr-${authored}`,
      status: 'completed',
      questionnaire: SYMPTOMS_AND_HISTORY_URL,
      authored,
      item: [
        { linkId: 'history.diabetes', answer: [{ valueBoolean: diabetes }] },
        { linkId: 'smoking.cigarettes-per-day', answer: [{ valueInteger: cigarettes }] },
      ],
    });
    const observed = (date: string, cigarettes: number) => ({
      resourceType: 'Observation',
      id: `obs-${date}`,
      status: 'final',
      code: loinc('64218-1'),
      effectiveDateTime: date,
      valueQuantity: { value: cigarettes, unit: '/d' },
    });
    const diagnosis = {
      resourceType: 'Condition',
      id: 'dm',
      recordedDate: '2015-03-01',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006' }] },
    };
    // The answer of May 2026 is newer than the observation of 2017, though the observation comes first.
    const recent = prefillInputs(
      reader,
      record([observed('2017-11-16', 5), answers('2026-05-01', 30, false), diagnosis]),
      AS_OF,
    );
    expect(recent.cigarettes).toMatchObject({ value: 30, provenance: { resourceId: 'qr-2026-05-01' } });
    // A diagnosis on record stands, whatever a later answer says.
    expect(recent.diabetes).toMatchObject({ value: true, provenance: { resourceId: 'dm' } });
    // And a newer observation outranks an older answer.
    const measured = prefillInputs(
      reader,
      record([observed('2026-05-20', 12), answers('2026-05-01', 30, false)]),
      AS_OF,
    );
    expect(measured.cigarettes).toMatchObject({ value: 12, provenance: { resourceId: 'obs-2026-05-20' } });
    expect(measured.diabetes?.value).toBe(false);
  });

  it('counts only active medicines, and reads smoking status from its SNOMED CT code', () => {
    const found = prefillInputs(
      reader,
      record([
        {
          resourceType: 'MedicationRequest',
          status: 'stopped',
          medicationCodeableConcept: { text: 'Atorvastatin 20 mg tablet' },
        },
        {
          resourceType: 'Observation',
          status: 'final',
          effectiveDateTime: '2026-02-01',
          code: loinc('72166-2'),
          valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '8517006' }] },
        },
      ]),
      AS_OF,
    );
    expect(found.statin).toBeUndefined();
    expect(found.smoking?.value).toBe('former');
  });

  it('calculates eGFR with CKD-EPI 2021 from creatinine when none is recorded', () => {
    // Woman, 65, creatinine 1.0 mg/dL: CKD-EPI 2021 142 × (1.0/0.7)^-1.200 × 0.9938^65 × 1.012 = 62.5.
    const found = prefillInputs(
      reader,
      record([
        {
          resourceType: 'Observation',
          status: 'final',
          effectiveDateTime: '2026-03-01',
          code: loinc('2160-0'),
          valueQuantity: { value: 1.0, code: 'mg/dL' },
        },
      ]),
      AS_OF,
    );
    expect(found.egfr?.value).toBeCloseTo(62.5, 1);
    expect(found.egfr?.provenance.kind).toBe('calculated');
  });
});

describe('missingInputs', () => {
  it('asks conditional inputs only when their condition holds', () => {
    expect(missingInputs(reader, { smoking: 'current' })).not.toContain('quitYears');
    expect(missingInputs(reader, { smoking: 'former' })).toContain('quitYears');
    expect(missingInputs(reader, { smoking: 'former', quitYears: 3 })).not.toContain('quitYears');
  });
});
