import { describe, expect, it } from 'vitest';
import type { AssessedResult, AssessmentResult } from '../disease-module.ts';
import { missingInputs, type PatientRecord, prefillInputs } from '../prefill.ts';
import { createDiseaseRegistry, InvalidModuleInputError } from '../registry.ts';
import { learnedModules as diseaseModules, lungCancerSurveyModule, pimaDiabetesModule } from './index.ts';
import { parseLogisticModel } from './logistic-model.ts';
import lungArtifact from './models/lung-cancer-survey.model.json' with { type: 'json' };
import pimaArtifact from './models/pima-diabetes.model.json' with { type: 'json' };

function assessed(result: AssessmentResult): AssessedResult {
  if (result.status !== 'assessed') throw new Error(`expected an assessment, got: ${result.reason}`);
  return result;
}

/** logit = intercept + Σ coefficient × (x − mean) / sd, from the artifact's own numbers. */
function byHand(artifact: typeof lungArtifact | typeof pimaArtifact, row: Record<string, number>): number {
  let logOdds = artifact.intercept;
  for (const feature of artifact.features) {
    const x = row[feature.name];
    if (x === undefined) throw new Error(`the test row has no ${feature.name}`);
    logOdds += (feature.coefficient * (x - feature.mean)) / feature.sd;
  }
  return 1 / (1 + Math.exp(-logOdds));
}

const registry = createDiseaseRegistry(diseaseModules);

const LUNG_ROW = {
  ageYears: 69,
  sex: 'male',
  smoking: 'current',
  yellowFingers: true,
  anxiety: true,
  peerPressure: false,
  chronicDisease: false,
  fatigue: true,
  allergy: false,
  wheezing: true,
  alcohol: true,
  coughing: true,
  shortnessOfBreath: true,
  swallowingDifficulty: true,
  chestPain: true,
};

describe('the learned modules', () => {
  it('keep the disease-module contract and load artifacts that parse', () => {
    expect(registry.list().map((module) => module.id)).toEqual([
      'lung-cancer-survey-model',
      'diabetes-pima-model',
    ]);
    for (const module of registry.list()) {
      expect(module.kind).toBe('learned');
      expect(module.audience).toBe('clinician');
      expect(registry.inputJsonSchema(module.id).$id).toBe(`urn:lifecare-nexus:cds:${module.id}:1.0.0`);
    }
    expect(parseLogisticModel(lungArtifact).id).toBe('lung-cancer-survey');
    expect(parseLogisticModel(pimaArtifact).id).toBe('pima-diabetes');
    expect(lungCancerSurveyModule.disease).toEqual({ id: 'lung-cancer', name: 'Lung cancer' });
    expect(pimaDiabetesModule.disease).toEqual({ id: 'type-2-diabetes', name: 'Type 2 diabetes' });
  });
});

describe('the survey lung cancer module', () => {
  it('matches the probability worked from the artifact coefficients', () => {
    // A 69-year-old man who smokes, with most of the survey's symptoms (0/1 as the model codes them).
    const expected = byHand(lungArtifact, {
      male: 1,
      ageYears: 69,
      smoking: 1,
      yellowFingers: 1,
      anxiety: 1,
      peerPressure: 0,
      chronicDisease: 0,
      fatigue: 1,
      allergy: 0,
      wheezing: 1,
      alcohol: 1,
      coughing: 1,
      shortnessOfBreath: 1,
      swallowingDifficulty: 1,
      chestPain: 1,
    });
    const result = assessed(registry.assess('lung-cancer-survey-model', LUNG_ROW));
    expect(result.probability).toBeCloseTo(expected, 12);
    const total = result.contributions.reduce((sum, part) => sum + part.effect, lungArtifact.intercept);
    expect(1 / (1 + Math.exp(-total))).toBeCloseTo(expected, 12);
    expect(result.contributions).toHaveLength(15);
    expect(result.contributions[0]).toMatchObject({ input: 'sex', value: 'male', scale: 'log-odds' });
  });

  it('never queues for review and says what the survey cannot support', () => {
    const result = assessed(registry.assess('lung-cancer-survey-model', LUNG_ROW));
    expect(result.needsReview).toBe(false);
    expect(result.horizonYears).toBeNull();
    expect(result.warnings.join(' ')).toMatch(/cannot estimate population risk/);
    expect(result.warnings.join(' ')).toMatch(/not been validated/);
    expect(result.recommendations.map((recommendation) => recommendation.reference)).toEqual([
      'nice-ng12',
      'uspstf-2021',
    ]);
    expect(result.recommendations[0]?.text).toMatch(/urgent chest X-ray/);
  });

  it('scores former smoking as the survey’s yes, with a warning, and never smoking as no', () => {
    const former = assessed(registry.assess('lung-cancer-survey-model', { ...LUNG_ROW, smoking: 'former' }));
    const current = assessed(registry.assess('lung-cancer-survey-model', LUNG_ROW));
    const never = assessed(registry.assess('lung-cancer-survey-model', { ...LUNG_ROW, smoking: 'never' }));
    expect(former.probability).toBe(current.probability);
    expect(former.warnings.some((warning) => warning.startsWith('Former smoking was scored'))).toBe(true);
    expect(never.probability as number).toBeLessThan(current.probability as number);
  });

  it('bands the score with the site settings and warns outside the training ages', () => {
    const low = assessed(
      registry.assess('lung-cancer-survey-model', {
        ...LUNG_ROW,
        ...Object.fromEntries(
          Object.entries(LUNG_ROW)
            .filter(([, value]) => value === true)
            .map(([key]) => [key, false]),
        ),
        smoking: 'never',
        sex: 'female',
        ageYears: 95,
      }),
    );
    expect(
      low.warnings.some((warning) => warning.includes('Age 95 years is outside the training range')),
    ).toBe(true);
    const strict = createDiseaseRegistry(diseaseModules, {
      'lung-cancer-survey-model': { highScoreFrom: 0.999999 },
    });
    expect(assessed(strict.assess('lung-cancer-survey-model', LUNG_ROW)).category).toBe('intermediate');
    expect(() => registry.assess('lung-cancer-survey-model', { ...LUNG_ROW, wheezing: 'yes' })).toThrow(
      InvalidModuleInputError,
    );
  });

  it('finds age, sex, smoking status and alcohol in a record and asks for the symptoms', () => {
    const record: PatientRecord = {
      birthDate: '1960-05-01',
      gender: 'female',
      resources: [
        {
          resourceType: 'Observation',
          id: 'smoking',
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '72166-2' }] },
          effectiveDateTime: '2025-01-10',
          valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '8517006' }] },
        },
        {
          resourceType: 'QuestionnaireResponse',
          id: 'form',
          status: 'completed',
          questionnaire: 'urn:lifecare-nexus:questionnaire:symptoms-and-history|1',
          authored: '2025-02-01',
          item: [
            {
              linkId: 'symptoms',
              item: [{ linkId: 'symptoms.list', answer: [{ valueCoding: { code: 'cough' } }] }],
            },
            { linkId: 'alcohol', item: [{ linkId: 'alcohol.any', answer: [{ valueBoolean: false }] }] },
          ],
        },
      ],
    };
    const found = prefillInputs(lungCancerSurveyModule, record, new Date('2025-06-01T00:00:00Z'));
    const values = Object.fromEntries(Object.entries(found).map(([key, input]) => [key, input.value]));
    expect(values).toEqual({ ageYears: 65, sex: 'female', smoking: 'former', alcohol: false });
    expect(missingInputs(lungCancerSurveyModule, values)).toContain('coughing');
  });
});

const PIMA_ROW = {
  ageYears: 50,
  sex: 'female',
  pregnancies: 6,
  glucoseMgDl: 148,
  diastolicBpMmHg: 72,
  bmi: 33.6,
};

describe('the Pima diabetes module', () => {
  it('matches the probability worked from the artifact coefficients (the file’s first row)', () => {
    const expected = byHand(pimaArtifact, {
      pregnancies: 6,
      glucoseMgDl: 148,
      diastolicBpMmHg: 72,
      bmi: 33.6,
      ageYears: 50,
    });
    const result = assessed(registry.assess('diabetes-pima-model', PIMA_ROW));
    expect(result.probability).toBeCloseTo(expected, 12);
    expect(result.needsReview).toBe(false);
    expect(result.contributions.map((part) => part.input)).toEqual([
      'pregnancies',
      'glucoseMgDl',
      'diastolicBpMmHg',
      'bmi',
      'ageYears',
    ]);
    expect(result.findings[0]).toMatchObject({
      verdict: 'does-not-meet',
      summary: 'Impaired glucose tolerance (prediabetes)',
    });
    expect(result.warnings.join(' ')).toMatch(/women of Pima heritage/);
  });

  it('reports a 2-hour glucose of 200 or more against the diagnostic threshold and as outside the training range', () => {
    const result = assessed(registry.assess('diabetes-pima-model', { ...PIMA_ROW, glucoseMgDl: 230 }));
    expect(result.category).toBe('very-high');
    expect(result.findings[0]?.verdict).toBe('meets');
    expect(result.warnings).toContain(
      '2-hour OGTT plasma glucose 230 mg/dL is outside the training range (44 mg/dL to 199 mg/dL); the model is extrapolating.',
    );
  });

  it('does not apply to men, and needs the number of pregnancies for women', () => {
    const { pregnancies: _, ...withoutPregnancies } = PIMA_ROW;
    expect(registry.assess('diabetes-pima-model', { ...withoutPregnancies, sex: 'male' }).status).toBe(
      'not-applicable',
    );
    expect(registry.assess('diabetes-pima-model', withoutPregnancies).status).toBe('not-applicable');
    expect(missingInputs(pimaDiabetesModule, { sex: 'male' })).not.toContain('pregnancies');
  });

  it('fills glucose only from a 2-hour OGTT result, and BMI and diastolic pressure from the record', () => {
    const loinc = (code: string) => ({ coding: [{ system: 'http://loinc.org', code }] });
    const record: PatientRecord = {
      birthDate: '1975-01-01',
      gender: 'female',
      resources: [
        {
          resourceType: 'Observation',
          status: 'final',
          code: loinc('1558-6'),
          effectiveDateTime: '2025-03-01',
          valueQuantity: { value: 104, unit: 'mg/dL' },
        },
        {
          resourceType: 'Observation',
          status: 'final',
          code: loinc('39156-5'),
          effectiveDateTime: '2025-03-01',
          valueQuantity: { value: 31.2, unit: 'kg/m2' },
        },
        {
          resourceType: 'Observation',
          status: 'final',
          code: loinc('85354-9'),
          effectiveDateTime: '2025-03-01',
          component: [
            { code: loinc('8480-6'), valueQuantity: { value: 128, unit: 'mm[Hg]' } },
            { code: loinc('8462-4'), valueQuantity: { value: 81, unit: 'mm[Hg]' } },
          ],
        },
      ],
    };
    const asOf = new Date('2025-06-01T00:00:00Z');
    const fasting = prefillInputs(pimaDiabetesModule, record, asOf);
    expect(fasting.glucoseMgDl).toBeUndefined();
    expect(fasting.bmi?.value).toBe(31.2);
    expect(fasting.diastolicBpMmHg?.value).toBe(81);
    const withOgtt = prefillInputs(
      pimaDiabetesModule,
      {
        ...record,
        resources: [
          ...record.resources,
          {
            resourceType: 'Observation',
            status: 'final',
            code: loinc('1518-0'),
            effectiveDateTime: '2025-02-01',
            valueQuantity: { value: 162, unit: 'mg/dL' },
          },
        ],
      },
      asOf,
    );
    expect(withOgtt.glucoseMgDl?.value).toBe(162);
  });
});
