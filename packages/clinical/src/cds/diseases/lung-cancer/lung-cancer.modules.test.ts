import { describe, expect, it } from 'vitest';
import { LOINC, SYSTEMS } from '../../../codes/code-systems.ts';
import type { AssessedResult, AssessmentResult } from '../../disease-module.ts';
import { SYMPTOMS_AND_HISTORY_URL } from '../../input-sources.ts';
import { missingInputs, type PatientRecord, prefillInputs, type RecordResource } from '../../prefill.ts';
import { createDiseaseRegistry, InvalidDiseaseModuleError, InvalidModuleInputError } from '../../registry.ts';
import { brockNoduleModule, diseaseModules, plcom2012Module } from './index.ts';

function assessed(result: AssessmentResult): AssessedResult {
  if (result.status !== 'assessed') throw new Error(`expected an assessment, got: ${result.reason}`);
  return result;
}

/** resplab/PLCOm2012 README example (6-year risk 0.01750922), as module inputs. */
const README = {
  ageYears: 62,
  smokingStatus: 'former',
  cigarettesPerDay: 80,
  smokingDurationYears: 27,
  yearsSinceQuitting: 10,
  bmi: 27,
  education: 'some-college',
  race: 'white',
  copd: false,
  personalHistoryOfCancer: false,
  familyHistoryOfLungCancer: false,
};

describe('the plcom2012 module', () => {
  const registry = createDiseaseRegistry(diseaseModules);
  const assess = (inputs: Record<string, unknown>) => assessed(registry.assess('plcom2012', inputs));

  it('registers the lung cancer modules under the lung-cancer disease', () => {
    expect(registry.list().map((module) => [module.id, module.disease.id, module.audience])).toEqual([
      ['plcom2012', 'lung-cancer', 'patient'],
      ['brock-nodule', 'lung-cancer', 'clinician'],
      ['lung-cancer-survey-model', 'lung-cancer', 'clinician'],
    ]);
    expect(registry.settingsOf('plcom2012')).toEqual({
      screeningThreshold: 0.0151,
      veryHighRiskThreshold: 0.05,
    });
  });

  it('reports the README example (1.75%) as above the 1.51% threshold, USPSTF-eligible, with a low-dose CT', () => {
    const result = assess(README);
    expect(result.probability).toBeCloseTo(0.01750922, 8);
    expect(result.horizonYears).toBe(6);
    expect(result.category).toBe('high');
    expect(result.needsReview).toBe(true);
    const [uspstf, threshold] = result.findings;
    expect(uspstf?.verdict).toBe('meets');
    expect(uspstf?.reasons).toEqual([
      'Age 62 is within 50–80',
      '108 pack-years is at least 20',
      'Quit 10 years ago, within 15 years',
    ]);
    expect(threshold?.verdict).toBe('meets');
    expect(threshold?.reasons).toEqual(['6-year risk 1.75% ≥ 1.51%']);
    expect(result.suggested.condition).toBeNull();
    expect(result.suggested.serviceRequests.map((request) => request.code)).toEqual([
      {
        system: SYSTEMS.snomed,
        code: '16334891000119106',
        display: 'Low dose computed tomography of thorax',
      },
    ]);
    expect(result.suggested.followUpMonths).toBe(12);
    expect(result.plainLanguage.meaning).toContain(
      'Out of 100 people like you, about 2 will be diagnosed with lung cancer in the next 6 years, and about 98 will not.',
    );
    // Log-odds contributions add up to logit − constant: −4.027363 + 4.532506.
    const total = result.contributions.reduce((sum, contribution) => sum + contribution.effect, 0);
    expect(total).toBeCloseTo(0.505143, 5);
  });

  it('lets a site move the threshold: at 1.70% the README case stays high, at 2% it is low', () => {
    const at170 = createDiseaseRegistry(diseaseModules, { plcom2012: { screeningThreshold: 0.017 } });
    expect(assessed(at170.assess('plcom2012', README)).category).toBe('high');
    const at2 = createDiseaseRegistry(diseaseModules, { plcom2012: { screeningThreshold: 0.02 } });
    const result = assessed(at2.assess('plcom2012', README));
    expect(result.category).toBe('low');
    expect(result.findings[1]?.verdict).toBe('does-not-meet');
    // Still USPSTF-eligible, so the scan is still suggested and reviewed.
    expect(result.suggested.serviceRequests[0]?.code.code).toBe('16334891000119106');
    expect(result.needsReview).toBe(true);
  });

  it('rejects site settings with the very-high band at or below the screening threshold', () => {
    expect(() => createDiseaseRegistry(diseaseModules, { plcom2012: { screeningThreshold: 0.06 } })).toThrow(
      InvalidModuleInputError,
    );
  });

  it('ten Haaf example person (55 y, current, 15/day × 40 y → 1.33%): low by risk, but USPSTF-eligible; adds cessation', () => {
    const result = assess({
      ...README,
      ageYears: 55,
      smokingStatus: 'current',
      cigarettesPerDay: 15,
      smokingDurationYears: 40,
      yearsSinceQuitting: undefined,
      bmi: 23,
      education: 'high-school-graduate',
    });
    expect(result.probability).toBeCloseTo(0.013298, 6);
    expect(result.category).toBe('low');
    expect(result.findings[0]?.verdict).toBe('meets');
    expect(result.needsReview).toBe(true);
    expect(result.suggested.serviceRequests.map((request) => request.code.code)).toEqual([
      '16334891000119106',
      '225323000',
    ]);
    expect(result.recommendations.some((r) => r.reference === 'uspstf-2021-cessation')).toBe(true);
  });

  it('ten Haaf example 1 (quit 20 years ago → 1.59%): not USPSTF-eligible, screened on risk alone', () => {
    const result = assess({
      ...README,
      ageYears: 70,
      education: 'college-graduate',
      bmi: 28,
      familyHistoryOfLungCancer: true,
      cigarettesPerDay: 15,
      smokingDurationYears: 30,
      yearsSinceQuitting: 20,
    });
    expect(result.probability).toBeCloseTo(0.0158845, 6);
    expect(result.category).toBe('high');
    expect(result.findings[0]?.verdict).toBe('does-not-meet');
    expect(result.findings[0]?.reasons[2]).toBe('Quit 20 years ago, more than the 15 years allowed');
    expect(result.suggested.serviceRequests[0]?.reason).toBe('PLCOm2012 6-year risk 1.59% ≥ 1.51%');
  });

  it('puts a 21.4% risk (70 y current smoker, 30/day × 50 y, COPD, family history) in the very-high band', () => {
    const result = assess({
      ...README,
      ageYears: 70,
      smokingStatus: 'current',
      cigarettesPerDay: 30,
      smokingDurationYears: 50,
      bmi: 24,
      education: 'high-school-graduate',
      copd: true,
      familyHistoryOfLungCancer: true,
    });
    expect(result.probability).toBeCloseTo(0.2144131, 6);
    expect(result.category).toBe('very-high');
    expect(result.needsReview).toBe(true);
  });

  it('suggests nothing when neither rule is met, and words a tiny risk per 1,000', () => {
    const result = assess({
      ...README,
      ageYears: 45,
      cigarettesPerDay: 5,
      smokingDurationYears: 10,
      yearsSinceQuitting: 20,
    });
    expect(result.probability).toBeCloseTo(0.0000666, 7);
    expect(result.category).toBe('low');
    expect(result.needsReview).toBe(false);
    expect(result.suggested).toEqual({ condition: null, serviceRequests: [], followUpMonths: null });
    expect(result.plainLanguage.meaning).toContain('Out of 1,000 people like you, fewer than 1 will be');
    expect(result.warnings.some((warning) => warning.includes('55–74'))).toBe(true);
  });

  it('derives cigarettes per day from recorded pack-years when it is not given (108 pack-years over 27 years = 80/day)', () => {
    const result = assess({ ...README, cigarettesPerDay: undefined, packYears: 108 });
    expect(result.probability).toBeCloseTo(0.01750922, 8);
    expect(result.warnings[0]).toContain('derived from 108 pack-years');
  });

  it('calculates "other or not stated" with the reference group and shows the range across the six groups', () => {
    const result = assess({ ...README, race: 'other-or-not-stated' });
    expect(result.probability).toBeCloseTo(0.01750922, 8);
    expect(result.warnings.join(' ')).toContain('0.84%–4.74%');
  });

  it('is not applicable to never-smokers, who need to give only their age and smoking status', () => {
    const result = registry.assess('plcom2012', { ageYears: 60, smokingStatus: 'never' });
    expect(result.status).toBe('not-applicable');
    expect(result.plainLanguage.meaning).toContain('does not apply to you');
  });

  it.each([
    ['a BMI of 5', { bmi: 5 }, /bmi/],
    ['0 cigarettes a day', { cigarettesPerDay: 0 }, /cigarettesPerDay/],
    ['a former smoker with no quit time', { yearsSinceQuitting: undefined }, /yearsSinceQuitting/],
    [
      '40 years smoked at age 45 plus 10 since quitting',
      { ageYears: 45, smokingDurationYears: 40 },
      /smokingDurationYears/,
    ],
    ['an age of 17', { ageYears: 17 }, /ageYears/],
    ['an education level the model does not have', { education: 'level-4' }, /education/],
    ['a smoker with no BMI', { bmi: undefined }, /bmi: required/],
  ])('rejects %s', (_case, change, path) => {
    expect(() => registry.assess('plcom2012', { ...README, ...change })).toThrow(InvalidModuleInputError);
    expect(() => registry.assess('plcom2012', { ...README, ...change })).toThrow(path);
  });

  it('asks smoking questions only of ever-smokers, and years since quitting only of former smokers', () => {
    expect(missingInputs(plcom2012Module, { smokingStatus: 'never' })).toEqual(['ageYears']);
    const current = missingInputs(plcom2012Module, { ageYears: 60, smokingStatus: 'current' });
    expect(current).toContain('cigarettesPerDay');
    expect(current).not.toContain('yearsSinceQuitting');
    expect(missingInputs(plcom2012Module, { ageYears: 60, smokingStatus: 'former' })).toContain(
      'yearsSinceQuitting',
    );
  });
});

describe('the brock-nodule module', () => {
  const registry = createDiseaseRegistry(diseaseModules);
  const REFERENCE = {
    ageYears: 62,
    sex: 'male',
    familyHistoryOfLungCancer: false,
    emphysema: false,
    noduleSizeMm: 4,
    noduleType: 'solid',
    upperLobe: false,
    noduleCount: 4,
    spiculation: false,
  };
  const assess = (change: Record<string, unknown>) =>
    assessed(registry.assess('brock-nodule', { ...REFERENCE, ...change }));

  it('puts a 14.5% solid nodule in the BTS intermediate band and suggests PET-CT', () => {
    const result = assess({
      ageYears: 65,
      sex: 'female',
      emphysema: true,
      noduleSizeMm: 10,
      upperLobe: true,
      noduleCount: 1,
    });
    expect(result.probability).toBeCloseTo(0.145327, 6);
    expect(result.category).toBe('intermediate');
    expect(result.plainLanguage.meaning).toBe(
      'Most lung nodules are not cancer. Out of 100 nodules like this one, about 15 would be cancer, and about 85 would not.',
    );
    expect(result.needsReview).toBe(true);
    expect(result.suggested.serviceRequests.map((request) => request.code.code)).toEqual(['450436003']);
  });

  it('keeps 69.1% (part-solid) intermediate, sends it to the MDT without PET-CT, and 86.5% is high', () => {
    const partSolid = assess({
      ageYears: 70,
      sex: 'female',
      familyHistoryOfLungCancer: true,
      emphysema: true,
      noduleSizeMm: 15,
      noduleType: 'part-solid',
      upperLobe: true,
      noduleCount: 1,
      spiculation: true,
    });
    expect(partSolid.probability).toBeCloseTo(0.691257, 6);
    expect(partSolid.category).toBe('intermediate');
    expect(partSolid.suggested.serviceRequests).toEqual([]);
    expect(partSolid.recommendations[0]?.text).toContain('MDT');
    const high = assess({
      ageYears: 75,
      sex: 'female',
      familyHistoryOfLungCancer: true,
      emphysema: true,
      noduleSizeMm: 30,
      upperLobe: true,
      noduleCount: 1,
      spiculation: true,
    });
    expect(high.probability).toBeCloseTo(0.865344, 6);
    expect(high.category).toBe('high');
    expect(high.needsReview).toBe(true);
  });

  it('low risk: CT surveillance at 3 months for a non-solid nodule; none for a solid nodule under 5 mm', () => {
    const nonsolid = assess({ ageYears: 55, noduleSizeMm: 8, noduleType: 'nonsolid', noduleCount: 3 });
    expect(nonsolid.probability).toBeCloseTo(0.010547, 6);
    expect(nonsolid.category).toBe('low');
    expect(nonsolid.needsReview).toBe(false);
    expect(nonsolid.suggested.followUpMonths).toBe(3);
    expect(nonsolid.suggested.serviceRequests[0]?.code.code).toBe('169069000');
    const tiny = assess({});
    expect(tiny.probability).toBeCloseTo(0.001125, 6);
    expect(tiny.suggested.followUpMonths).toBeNull();
    expect(tiny.warnings[0]).toContain('8 mm');
  });

  it('lets a site lower the intermediate band: 9.0% is low at 10% and intermediate at 5%', () => {
    const case9 = { ...REFERENCE, ageYears: 60, noduleSizeMm: 12, noduleCount: 2, spiculation: true };
    expect(assessed(registry.assess('brock-nodule', case9)).category).toBe('low');
    const site = createDiseaseRegistry(diseaseModules, { 'brock-nodule': { intermediateFrom: 0.05 } });
    const result = assessed(site.assess('brock-nodule', case9));
    expect(result.probability).toBeCloseTo(0.090297, 6);
    expect(result.category).toBe('intermediate');
  });

  it('rejects a 35 mm lesion, a nodule count of 0 and an unknown nodule type', () => {
    expect(() => assess({ noduleSizeMm: 35 })).toThrow(/noduleSizeMm/);
    expect(() => assess({ noduleCount: 0 })).toThrow(/noduleCount/);
    expect(() => assess({ noduleType: 'cavitating' })).toThrow(InvalidModuleInputError);
  });

  it('asks every nodule feature: none has a record source', () => {
    const features = [
      'emphysema',
      'noduleSizeMm',
      'noduleType',
      'upperLobe',
      'noduleCount',
      'spiculation',
    ] as const;
    for (const feature of features) expect(brockNoduleModule.inputInfo[feature].sources).toEqual([]);
  });
});

describe('prefill of the plcom2012 inputs from a FHIR record', () => {
  const asOf = new Date('2025-06-01T00:00:00Z');
  const loinc = (code: string) => ({ coding: [{ system: SYSTEMS.loinc, code }] });
  type Answer = NonNullable<NonNullable<RecordResource['item']>[number]['answer']>[number];
  const answer = (linkId: string, value: Answer) => ({ linkId, answer: [value] });
  const coded = (code: string): Answer => ({ valueCoding: { code } });

  const smokingStatus: RecordResource = {
    resourceType: 'Observation',
    id: 'smoking-1',
    status: 'final',
    code: loinc(LOINC.smokingStatus),
    effectiveDateTime: '2025-05-01',
    valueCodeableConcept: {
      coding: [{ system: SYSTEMS.snomed, code: '449868002', display: 'Current every day smoker' }],
    },
  };
  const bmi = (value: number, date: string): RecordResource => ({
    resourceType: 'Observation',
    id: `bmi-${date}`,
    status: 'final',
    code: loinc(LOINC.bmi),
    effectiveDateTime: date,
    valueQuantity: { value, unit: 'kg/m2', code: 'kg/m2' },
  });
  const copd: RecordResource = {
    resourceType: 'Condition',
    id: 'copd-1',
    code: { coding: [{ system: SYSTEMS.icd10cm, code: 'J44.9', display: 'COPD, unspecified' }] },
    recordedDate: '2022-01-10',
  };
  const form = (items: RecordResource['item']): RecordResource => ({
    resourceType: 'QuestionnaireResponse',
    id: 'qr-1',
    status: 'completed',
    questionnaire: `${SYMPTOMS_AND_HISTORY_URL}|1`,
    authored: '2025-05-01T10:00:00Z',
    item: items,
  });
  const smokerForm = form([
    {
      linkId: 'history',
      item: [
        answer('history.copd', { valueBoolean: false }),
        answer('history.cancer', { valueBoolean: false }),
      ],
    },
    { linkId: 'family', item: [answer('family.lung-cancer', { valueBoolean: true })] },
    {
      linkId: 'smoking',
      item: [
        answer('smoking.ever', { valueBoolean: true }),
        answer('smoking.status', coded('current-every-day')),
        answer('smoking.cigarettes-per-day', { valueInteger: 20 }),
        answer('smoking.years-smoked', { valueInteger: 35 }),
      ],
    },
    {
      linkId: 'background',
      item: [
        answer('background.education', coded('high-school-graduate')),
        answer('background.ethnicity', coded('pacific-islander')),
      ],
    },
  ]);

  it('fills every input from observations, conditions and the symptoms-and-history answers, best source first', () => {
    const record: PatientRecord = {
      birthDate: '1960-05-15',
      gender: 'female',
      resources: [smokingStatus, bmi(24.5, '2025-03-01'), copd, smokerForm],
    };
    const found = prefillInputs(plcom2012Module, record, asOf);
    const values = Object.fromEntries(Object.entries(found).map(([key, input]) => [key, input.value]));
    expect(values).toEqual({
      ageYears: 65,
      smokingStatus: 'current',
      cigarettesPerDay: 20,
      smokingDurationYears: 35,
      bmi: 24.5,
      education: 'high-school-graduate',
      race: 'native-hawaiian-pacific-islander',
      // The COPD diagnosis in the record wins over the "no" in the form.
      copd: true,
      personalHistoryOfCancer: false,
      familyHistoryOfLungCancer: true,
    });
    expect(found.smokingStatus?.provenance).toMatchObject({ kind: 'record', resourceType: 'Observation' });
    expect(found.copd?.provenance).toMatchObject({ kind: 'record', resourceType: 'Condition' });
    expect(missingInputs(plcom2012Module, values)).toEqual([]);

    // 65 y, NHPI, level 2, BMI 24.5, COPD, family history, current, 20/day × 35 y: logit −1.454268.
    const result = assessed(createDiseaseRegistry(diseaseModules).assess('plcom2012', values));
    expect(result.probability).toBeCloseTo(0.1893457, 6);
    expect(result.category).toBe('very-high');
    expect(result.findings[0]?.verdict).toBe('meets');
  });

  it('ignores a BMI older than 3 years and maps "prefer not to say" and a former smoker’s quit time', () => {
    const formerForm = form([
      answer('smoking.ever', { valueBoolean: true }),
      answer('smoking.status', coded('former')),
      answer('smoking.years-since-quitting', { valueInteger: 12 }),
      answer('background.ethnicity', coded('prefer-not-to-say')),
    ]);
    const record: PatientRecord = {
      birthDate: '1960-05-15',
      gender: 'male',
      resources: [bmi(31, '2019-01-01'), formerForm],
    };
    const found = prefillInputs(plcom2012Module, record, asOf);
    expect(found.bmi).toBeUndefined();
    expect(found.smokingStatus?.value).toBe('former');
    expect(found.yearsSinceQuitting?.value).toBe(12);
    expect(found.race?.value).toBe('other-or-not-stated');
  });

  it('reads "never smoked" from the form, after which nothing else is asked', () => {
    const record: PatientRecord = {
      birthDate: '1970-01-01',
      gender: 'female',
      resources: [form([answer('smoking.ever', { valueBoolean: false })])],
    };
    const values = Object.fromEntries(
      Object.entries(prefillInputs(plcom2012Module, record, asOf)).map(([key, input]) => [key, input.value]),
    );
    expect(values).toEqual({ ageYears: 55, smokingStatus: 'never' });
    expect(missingInputs(plcom2012Module, values)).toEqual([]);
    expect(createDiseaseRegistry(diseaseModules).assess('plcom2012', values).status).toBe('not-applicable');
  });
});

it('keeps the registry contract (no module throws InvalidDiseaseModuleError)', () => {
  expect(() => createDiseaseRegistry(diseaseModules)).not.toThrow(InvalidDiseaseModuleError);
});
