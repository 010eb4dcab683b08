import type { Observation } from '@medplum/fhirtypes';
import type { AnswerValue } from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import { bodyMassIndex, observationsFromAnswers, packYearsOf } from './answer-observations.ts';
import { QuestionnaireAnswersError } from './answer-rules.ts';
import { expectValidFhir } from './fhir-validation.test-helpers.ts';
import { SYMPTOMS_AND_HISTORY } from './symptoms-and-history.questionnaire.ts';

const meta = {
  subject: { reference: 'Patient/7b0c4f4e-2f4a-4a55-9a51-6a3f0c1d2e01' },
  performer: { reference: 'Patient/7b0c4f4e-2f4a-4a55-9a51-6a3f0c1d2e01' },
  effective: '2024-06-01T10:00:00Z',
  responseRef: 'QuestionnaireResponse/qr1',
};

const base: Record<string, AnswerValue> = {
  'symptoms.any': false,
  'history.diabetes': false,
  'history.high-blood-pressure': false,
  'history.high-cholesterol': false,
  'history.heart-disease': false,
  'history.stroke': false,
  'history.kidney-disease': false,
  'history.copd': false,
  'history.asthma': false,
  'history.cancer': false,
  'family.lung-cancer': false,
  'family.diabetes': false,
  'family.early-heart-disease': false,
  'family.kidney-disease': false,
  'smoking.ever': false,
  'alcohol.any': false,
};

const observe = (answers: Record<string, AnswerValue>) =>
  observationsFromAnswers(SYMPTOMS_AND_HISTORY, answers, meta);
const byCode = (observations: Observation[], code: string) =>
  observations.find((o) => o.code.coding?.some((c) => c.code === code));

describe('observations implied by the answers', () => {
  it('records a never smoker as 72166-2 with SNOMED CT 266919005, derived from the response', () => {
    const observations = observe(base);
    expect(observations).toHaveLength(1);
    const [smoking] = observations;
    if (!smoking) throw new Error('no smoking status');
    expectValidFhir(smoking);
    expect(smoking).toMatchObject({
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '72166-2' }] },
      valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '266919005' }] },
      subject: meta.subject,
      performer: [meta.performer],
      effectiveDateTime: meta.effective,
      derivedFrom: [{ reference: 'QuestionnaireResponse/qr1' }],
    });
  });

  it.each([
    ['current-every-day', '449868002'],
    ['current-some-days', '428041000124106'],
    ['former', '8517006'],
  ])('records smoking status %s as SNOMED CT %s', (status, code) => {
    const smoking = byCode(observe({ ...base, 'smoking.ever': true, 'smoking.status': status }), '72166-2');
    expect(smoking?.valueCodeableConcept?.coding?.[0]?.code).toBe(code);
  });

  it('computes pack-years: 20 cigarettes a day for 30 years is 30 pack-years', () => {
    const observations = observe({
      ...base,
      'smoking.ever': true,
      'smoking.status': 'former',
      'smoking.cigarettes-per-day': 20,
      'smoking.years-smoked': 30,
    });
    const packYears = byCode(observations, '401201003');
    if (!packYears) throw new Error('no pack-years');
    expectValidFhir(packYears);
    expect(packYears.valueQuantity?.value).toBe(30);
    expect(packYears.code.coding?.map((c) => c.system)).toEqual([
      'http://loinc.org',
      'http://snomed.info/sct',
    ]);
  });

  it('computes no pack-years without both the daily amount and the years', () => {
    const observations = observe({
      ...base,
      'smoking.ever': true,
      'smoking.status': 'former',
      'smoking.cigarettes-per-day': 20,
    });
    expect(byCode(observations, '401201003')).toBeUndefined();
    // 10 a day for 15 years = 0.5 packs × 15 = 7.5 pack-years.
    expect(packYearsOf(10, 15)).toBe(7.5);
  });

  it('records height, weight and BMI (70 kg at 1.75 m is 22.9 kg/m², WHO: weight ÷ height²)', () => {
    const observations = observe({ ...base, 'body.height': 175, 'body.weight': 70 });
    for (const o of observations) expectValidFhir(o);
    expect(byCode(observations, '8302-2')?.valueQuantity).toMatchObject({ value: 175, code: 'cm' });
    expect(byCode(observations, '29463-7')?.valueQuantity).toMatchObject({ value: 70, code: 'kg' });
    expect(byCode(observations, '39156-5')?.valueQuantity).toMatchObject({ value: 22.9, code: 'kg/m2' });
    expect(bodyMassIndex(70, 175)).toBe(22.9);
  });

  it('records no BMI without both height and weight', () => {
    expect(byCode(observe({ ...base, 'body.weight': 70 }), '39156-5')).toBeUndefined();
  });

  it('refuses answers that do not fit the questionnaire', () => {
    expect(() => observe({ ...base, 'body.weight': 5 })).toThrow(QuestionnaireAnswersError);
  });
});
