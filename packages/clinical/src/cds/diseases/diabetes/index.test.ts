import { describe, expect, it } from 'vitest';
import { SYSTEMS } from '../../../codes/code-systems.ts';
import type { AssessedResult, AssessmentResult } from '../../disease-module.ts';
import { SYMPTOMS_AND_HISTORY_URL } from '../../input-sources.ts';
import { missingInputs, type PatientRecord, prefillInputs, type RecordResource } from '../../prefill.ts';
import { createDiseaseRegistry, InvalidModuleInputError } from '../../registry.ts';
import { adaRiskTestModule, diseaseModules, findriscModule } from './index.ts';

const registry = createDiseaseRegistry(diseaseModules);

function assessed(result: AssessmentResult): AssessedResult {
  if (result.status !== 'assessed') throw new Error(`expected an assessment, got: ${result.reason}`);
  return result;
}

/** 0 FINDRISC points on every item. */
const findriscZero = {
  hasDiabetes: false,
  ageYears: 40,
  sex: 'male',
  bmi: 22,
  waistCm: 85,
  physicallyActive: true,
  vegetablesDaily: true,
  bloodPressureMedicine: false,
  highBloodGlucose: false,
  familyDiabetesFirstDegree: false,
  familyDiabetesOtherRelatives: false,
};

describe('the diabetes modules in the registry', () => {
  it('publish their inputs as JSON Schema with labels and units', () => {
    const findrisc = registry.inputJsonSchema('findrisc') as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(findrisc.properties.waistCm).toMatchObject({
      title: 'Waist circumference',
      'x-unit': 'cm',
      minimum: 40,
    });
    const ada = registry.inputJsonSchema('ada-risk-test') as { required: string[] };
    expect(ada.required).not.toContain('gestationalDiabetes');
  });
});

describe('the findrisc module', () => {
  it('gives 15 points (high, about 1 in 3) a review and an HbA1c order', () => {
    // Age 55–64 (3) + BMI >30 (3) + waist 94–102 (3) + high glucose (5) + no daily vegetables (1) = 15.
    const result = assessed(
      registry.assess('findrisc', {
        ...findriscZero,
        ageYears: 60,
        bmi: 31,
        waistCm: 98,
        highBloodGlucose: true,
        vegetablesDaily: false,
      }),
    );
    expect(result.score).toEqual({ points: 15, maxPoints: 26 });
    expect(result.category).toBe('high');
    expect(result.probability).toBeCloseTo(1 / 3, 10);
    expect(result.horizonYears).toBe(10);
    expect(result.needsReview).toBe(true);
    expect(result.suggested.serviceRequests[0]?.code).toEqual({
      system: SYSTEMS.loinc,
      code: '4548-4',
      display: 'Hemoglobin A1c/Hemoglobin.total in Blood',
    });
    expect(result.suggested.condition).toBeNull();
    expect(result.contributions.reduce((sum, part) => sum + part.effect, 0)).toBe(15);
    expect(result.plainLanguage.meaning).toMatch(/1 in 3/);
  });

  it('maps 14 points to intermediate (moderate, 1 in 6) without review', () => {
    // Age 55–64 (3) + BMI 25–30 (1) + men's waist >102 (4) + parent or sibling (5) + no daily vegetables (1) = 14.
    const result = assessed(
      registry.assess('findrisc', {
        ...findriscZero,
        ageYears: 58,
        bmi: 28,
        waistCm: 104,
        familyDiabetesFirstDegree: true,
        familyDiabetesOtherRelatives: undefined,
        vegetablesDaily: false,
      }),
    );
    expect(result.score?.points).toBe(14);
    expect(result.category).toBe('intermediate');
    expect(result.probability).toBeCloseTo(1 / 6, 10);
    expect(result.needsReview).toBe(false);
    expect(result.suggested.serviceRequests).toEqual([]);
    expect(result.suggested.followUpMonths).toBe(36);
  });

  it('maps 21 or more to very high (1 in 2) and 7 to borderline (slightly elevated, 1 in 25)', () => {
    const veryHigh = assessed(
      registry.assess('findrisc', {
        ...findriscZero,
        ageYears: 66,
        bmi: 32,
        waistCm: 103,
        highBloodGlucose: true,
        familyDiabetesFirstDegree: true,
      }),
    );
    expect(veryHigh.score?.points).toBe(21);
    expect(veryHigh.category).toBe('very-high');
    expect(veryHigh.probability).toBeCloseTo(0.5, 10);
    expect(veryHigh.needsReview).toBe(true);
    // Second-degree relative (3) + waist 94–102 (3) + no daily vegetables (1) = 7.
    const borderline = assessed(
      registry.assess('findrisc', {
        ...findriscZero,
        waistCm: 94,
        vegetablesDaily: false,
        familyDiabetesOtherRelatives: true,
      }),
    );
    expect(borderline.score?.points).toBe(7);
    expect(borderline.category).toBe('borderline');
    expect(borderline.probability).toBeCloseTo(0.04, 10);
    expect(assessed(registry.assess('findrisc', findriscZero)).category).toBe('low');
  });

  it('is not applicable when the person already has diabetes', () => {
    expect(registry.assess('findrisc', { ...findriscZero, hasDiabetes: true }).status).toBe('not-applicable');
  });

  it('rejects impossible measurements and needs the other-relatives answer when no close relative has diabetes', () => {
    expect(() => registry.assess('findrisc', { ...findriscZero, bmi: 9 })).toThrow(InvalidModuleInputError);
    expect(() => registry.assess('findrisc', { ...findriscZero, waistCm: 39 })).toThrow(/waistCm/);
    expect(() =>
      registry.assess('findrisc', { ...findriscZero, familyDiabetesOtherRelatives: undefined }),
    ).toThrow(/familyDiabetesOtherRelatives/);
  });

  it('reports the ADA screening rule: from age 35, or overweight with a risk factor', () => {
    const young = { ...findriscZero, ageYears: 30 };
    const lean = assessed(registry.assess('findrisc', young));
    expect(lean.findings[0]?.verdict).toBe('does-not-meet');
    const overweightInactive = assessed(
      registry.assess('findrisc', { ...young, bmi: 27, physicallyActive: false }),
    );
    expect(overweightInactive.findings[0]?.verdict).toBe('meets');
    expect(assessed(registry.assess('findrisc', { ...young, ageYears: 35 })).findings[0]?.verdict).toBe(
      'meets',
    );
  });
});

/** 0 ADA points: woman under 40, active, BMI <25, no risk factors. */
const adaZero = {
  hasDiabetes: false,
  ageYears: 35,
  sex: 'female',
  gestationalDiabetes: false,
  familyDiabetesFirstDegree: false,
  highBloodPressure: false,
  physicallyActive: true,
  bmi: 22,
};

describe('the ada-risk-test module', () => {
  it('is high risk at 5 points, with review and an HbA1c order, and no probability', () => {
    // Age 50–59 (2) + man (1) + BMI 30–39.9 (2) = 5.
    const result = assessed(
      registry.assess('ada-risk-test', {
        ...adaZero,
        sex: 'male',
        gestationalDiabetes: undefined,
        ageYears: 52,
        bmi: 31,
      }),
    );
    expect(result.score).toEqual({ points: 5, maxPoints: 10 });
    expect(result.category).toBe('high');
    expect(result.probability).toBeNull();
    expect(result.horizonYears).toBeNull();
    expect(result.needsReview).toBe(true);
    expect(result.suggested.serviceRequests[0]?.code.code).toBe('4548-4');
  });

  it('is not high risk at 4 points', () => {
    // Age 60+ (3) + gestational diabetes (1) = 4.
    const result = assessed(
      registry.assess('ada-risk-test', { ...adaZero, ageYears: 61, gestationalDiabetes: true }),
    );
    expect(result.score?.points).toBe(4);
    expect(result.category).toBe('low');
    expect(result.needsReview).toBe(false);
    expect(result.suggested.serviceRequests).toEqual([]);
  });

  it('uses the Asian American weight bands when asked to', () => {
    const standard = assessed(registry.assess('ada-risk-test', { ...adaZero, bmi: 24 }));
    const asian = assessed(registry.assess('ada-risk-test', { ...adaZero, bmi: 24, asianAmerican: true }));
    expect(standard.score?.points).toBe(0);
    expect(asian.score?.points).toBe(1);
  });

  it('needs the gestational diabetes answer from women only', () => {
    expect(() => registry.assess('ada-risk-test', { ...adaZero, gestationalDiabetes: undefined })).toThrow(
      /gestationalDiabetes/,
    );
    expect(
      registry.assess('ada-risk-test', { ...adaZero, sex: 'male', gestationalDiabetes: undefined }).status,
    ).toBe('assessed');
  });

  it('is not applicable with diabetes and rejects an impossible BMI', () => {
    expect(registry.assess('ada-risk-test', { ...adaZero, hasDiabetes: true }).status).toBe('not-applicable');
    expect(() => registry.assess('ada-risk-test', { ...adaZero, bmi: 81 })).toThrow(/bmi/);
  });
});

const ASSESSED_ON = new Date('2025-06-01T00:00:00Z');

type Answer = boolean | number | string;

function answers(items: Record<string, Answer>): RecordResource {
  const answerOf = (value: Answer) =>
    typeof value === 'boolean'
      ? { valueBoolean: value }
      : typeof value === 'number'
        ? { valueDecimal: value }
        : { valueCoding: { code: value } };
  return {
    resourceType: 'QuestionnaireResponse',
    id: 'qr-1',
    status: 'completed',
    questionnaire: SYMPTOMS_AND_HISTORY_URL,
    authored: '2025-05-20',
    item: Object.entries(items).map(([linkId, value]) => ({ linkId, answer: [answerOf(value)] })),
  };
}

function observation(loinc: string, value: number, unit: string): RecordResource {
  return {
    resourceType: 'Observation',
    id: `obs-${loinc}`,
    status: 'final',
    effectiveDateTime: '2025-04-02',
    code: { coding: [{ system: SYSTEMS.loinc, code: loinc }] },
    valueQuantity: { value, unit, code: unit },
  };
}

const lisinopril: RecordResource = {
  resourceType: 'MedicationRequest',
  id: 'med-1',
  status: 'active',
  authoredOn: '2024-11-01',
  medicationCodeableConcept: { text: 'Lisinopril 10 MG Oral Tablet' },
};

function womanBorn1968(resources: RecordResource[]): PatientRecord {
  return { birthDate: '1968-02-10', gender: 'female', resources };
}

const values = (prefilled: Record<string, { value: unknown }>) =>
  Object.fromEntries(Object.entries(prefilled).map(([key, entry]) => [key, entry.value]));

describe('prefill of the diabetes modules from a FHIR record', () => {
  it('fills FINDRISC from BMI and waist observations, an active antihypertensive and the history form', () => {
    const record = womanBorn1968([
      observation('39156-5', 31.2, 'kg/m2'),
      observation('8280-0', 86, 'cm'),
      lisinopril,
      answers({
        'history.diabetes': false,
        'lifestyle.physically-active': false,
        'lifestyle.vegetables-daily': true,
        'history.high-blood-glucose': false,
        'family.diabetes': false,
        'family.diabetes-relatives': true,
      }),
    ]);
    const prefilled = values(prefillInputs(findriscModule, record, ASSESSED_ON));
    expect(prefilled).toMatchObject({
      ageYears: 57,
      sex: 'female',
      bmi: 31.2,
      waistCm: 86,
      bloodPressureMedicine: true,
    });
    expect(missingInputs(findriscModule, prefilled)).toEqual([]);
    // Form points: age 55–64 (3), BMI >30 (3), women's waist 80–88 (3), inactive (2), vegetables daily (0),
    // blood pressure medicine (2), no high glucose (0), grandparent/aunt/uncle/cousin (3) = 16.
    const result = assessed(registry.assess('findrisc', prefilled));
    expect(result.score?.points).toBe(16);
    expect(result.category).toBe('high');
  });

  it('takes the waist from the form when no measurement is recorded, and asks about other relatives only when needed', () => {
    const record = womanBorn1968([answers({ 'lifestyle.waist': 91.5, 'family.diabetes': true })]);
    const prefilled = values(prefillInputs(findriscModule, record, ASSESSED_ON));
    expect(prefilled.waistCm).toBe(91.5);
    expect(missingInputs(findriscModule, prefilled)).not.toContain('familyDiabetesOtherRelatives');
    const noCloseRelative = values(
      prefillInputs(findriscModule, womanBorn1968([answers({ 'family.diabetes': false })]), ASSESSED_ON),
    );
    expect(missingInputs(findriscModule, noCloseRelative)).toContain('familyDiabetesOtherRelatives');
  });

  it('reads a prediabetes diagnosis as high blood glucose and a type 2 diabetes diagnosis as diabetes', () => {
    const record = womanBorn1968([
      {
        resourceType: 'Condition',
        id: 'c-1',
        code: { coding: [{ system: SYSTEMS.snomed, code: '15777000' }] },
      },
    ]);
    expect(prefillInputs(findriscModule, record, ASSESSED_ON).highBloodGlucose?.value).toBe(true);
    const diabetic = womanBorn1968([
      {
        resourceType: 'Condition',
        id: 'c-2',
        code: { coding: [{ system: SYSTEMS.icd10cm, code: 'E11.9' }] },
      },
    ]);
    expect(prefillInputs(adaRiskTestModule, diabetic, ASSESSED_ON).hasDiabetes?.value).toBe(true);
  });

  it('fills the ADA test from a hypertension diagnosis and the ethnicity answer, and asks men nothing about pregnancy', () => {
    const man: PatientRecord = {
      birthDate: '1972-09-30',
      gender: 'male',
      resources: [
        {
          resourceType: 'Condition',
          id: 'htn',
          code: { coding: [{ system: SYSTEMS.snomed, code: '38341003' }] },
        },
        observation('39156-5', 24, 'kg/m2'),
        answers({
          'history.diabetes': false,
          'family.diabetes': true,
          'lifestyle.physically-active': true,
          'background.ethnicity': 'asian',
        }),
      ],
    };
    const prefilled = values(prefillInputs(adaRiskTestModule, man, ASSESSED_ON));
    expect(prefilled).toMatchObject({ highBloodPressure: true, asianAmerican: true, ageYears: 52 });
    expect(missingInputs(adaRiskTestModule, prefilled)).toEqual([]);
    // Age 50–59 (2) + man (1) + parent or sibling (1) + high blood pressure (1) + Asian American BMI 23–27 (1) = 6.
    expect(assessed(registry.assess('ada-risk-test', prefilled)).score?.points).toBe(6);
    const undisclosed = values(
      prefillInputs(
        adaRiskTestModule,
        { ...man, resources: [answers({ 'background.ethnicity': 'prefer-not-to-say' })] },
        ASSESSED_ON,
      ),
    );
    expect(undisclosed.asianAmerican).toBeUndefined();
    expect(missingInputs(adaRiskTestModule, { sex: 'female' })).toContain('gestationalDiabetes');
  });
});
