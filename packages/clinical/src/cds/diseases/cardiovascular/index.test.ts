import { describe, expect, it } from 'vitest';
import { SYSTEMS } from '../../../codes/code-systems.ts';
import type { AssessedResult, AssessmentResult } from '../../disease-module.ts';
import { SYMPTOMS_AND_HISTORY_URL } from '../../input-sources.ts';
import { missingInputs, type PatientRecord, prefillInputs, type RecordResource } from '../../prefill.ts';
import { createDiseaseRegistry, InvalidModuleInputError } from '../../registry.ts';
import { ascvdPceModule, ascvdRiskCategory, cvdPreventModule, diseaseModules } from './index.ts';

const registry = createDiseaseRegistry(diseaseModules);

function assessed(result: AssessmentResult): AssessedResult {
  if (result.status !== 'assessed') throw new Error(`expected an assessment, got: ${result.reason}`);
  return result;
}

/** Goff 2013 Table A worked example: 55 y, TC 213, HDL 50, SBP 120 untreated, non-smoker, no diabetes. */
const guidelineExample = {
  ageYears: 55,
  sex: 'male',
  race: 'white',
  totalCholesterolMgDl: 213,
  hdlMgDl: 50,
  systolicBpMmHg: 120,
  onBpTreatment: false,
  diabetes: false,
  smoking: 'never',
  knownAscvd: false,
};

const finding = (result: AssessedResult, text: string) =>
  result.findings.find((candidate) => candidate.guideline.includes(text));

describe('the cardiovascular modules in the registry', () => {
  it('publish their inputs as JSON Schema with the calculator ranges', () => {
    const pce = registry.inputJsonSchema('ascvd-pce') as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(pce.properties.totalCholesterolMgDl).toMatchObject({
      minimum: 130,
      maximum: 320,
      'x-unit': 'mg/dL',
    });
    expect(pce.properties.systolicBpMmHg).toMatchObject({ minimum: 90, maximum: 200 });
    const prevent = registry.inputJsonSchema('cvd-prevent') as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(prevent.properties.egfr).toMatchObject({ minimum: 15, maximum: 140 });
  });
});

describe('the ascvd-pce module', () => {
  it('gives the guideline example for white men (printed 5.3%) as borderline, with no review', () => {
    const result = assessed(registry.assess('ascvd-pce', guidelineExample));
    expect(Math.abs((result.probability ?? 0) * 100 - 5.3)).toBeLessThan(0.1);
    expect(result.horizonYears).toBe(10);
    expect(result.category).toBe('borderline');
    expect(result.needsReview).toBe(false);
    expect(result.suggested.condition).toBeNull();
    expect(result.suggested.followUpMonths).toBe(48);
    // LDL-C is unknown and the risk is above low: a lipid panel with LDL-C is suggested.
    expect(result.suggested.serviceRequests[0]?.code).toMatchObject({
      system: SYSTEMS.loinc,
      code: '24331-1',
    });
    const total = result.contributions.reduce((sum, part) => sum + part.effect, 0);
    // S − mean S for the printed white-male example: 60.6995 − 61.1816 with the estimator mean.
    expect(total).toBeCloseTo(60.6995 - 61.1816, 3);
    expect(result.contributions.every((part) => part.scale === 'log-hazard')).toBe(true);
  });

  it('puts the white women example (printed 2.1%) in the low band', () => {
    const result = assessed(registry.assess('ascvd-pce', { ...guidelineExample, sex: 'female' }));
    expect(Math.abs((result.probability ?? 0) * 100 - 2.1)).toBeLessThanOrEqual(0.05);
    expect(result.category).toBe('low');
    expect(result.needsReview).toBe(false);
    expect(result.suggested.serviceRequests).toEqual([]);
  });

  it('uses the African American equations for African American race (printed 6.1% for men)', () => {
    const result = assessed(registry.assess('ascvd-pce', { ...guidelineExample, race: 'african-american' }));
    expect(Math.abs((result.probability ?? 0) * 100 - 6.1)).toBeLessThanOrEqual(0.05);
    expect(result.warnings).toEqual([]);
  });

  it('uses the white equations for other races, with a warning', () => {
    const white = assessed(registry.assess('ascvd-pce', guidelineExample));
    const other = assessed(registry.assess('ascvd-pce', { ...guidelineExample, race: 'other' }));
    expect(other.probability).toBe(white.probability);
    expect(other.warnings.join(' ')).toMatch(/white equations were used/);
  });

  it('is intermediate and for review at 10.3% (PooledCohort: African American man, smoker), with the statin finding met', () => {
    const result = assessed(
      registry.assess('ascvd-pce', {
        ...guidelineExample,
        race: 'african-american',
        smoking: 'current',
        ldlMgDl: 130,
      }),
    );
    expect(Math.abs((result.probability ?? 0) * 100 - 10.3)).toBeLessThanOrEqual(0.05);
    expect(result.category).toBe('intermediate');
    expect(result.needsReview).toBe(true);
    expect(finding(result, '7.5% or more')?.verdict).toBe('meets');
    expect(finding(result, '7.5% or more')?.summary).toMatch(/moderate-intensity/);
    expect(result.suggested.serviceRequests).toEqual([]);
    expect(result.suggested.followUpMonths).toBe(3);
    expect(result.plainLanguage.whatYouCanDo.join(' ')).toMatch(/stopping smoking/i);
  });

  it('is high at 24.9% (Cerner: 46-year-old African American man) and meets the diabetes group', () => {
    const result = assessed(
      registry.assess('ascvd-pce', {
        ...guidelineExample,
        race: 'african-american',
        ageYears: 46,
        totalCholesterolMgDl: 150,
        hdlMgDl: 40,
        systolicBpMmHg: 140,
        onBpTreatment: true,
        smoking: 'current',
        diabetes: true,
      }),
    );
    expect(Math.abs((result.probability ?? 0) * 100 - 24.9)).toBeLessThanOrEqual(0.05);
    expect(result.category).toBe('high');
    expect(result.needsReview).toBe(true);
    expect(finding(result, 'diabetes, age 40–75')?.verdict).toBe('meets');
    expect(finding(result, '7.5% or more')?.verdict).toBe('does-not-meet');
    expect(result.plainLanguage.meaning).toMatch(/about 25/);
  });

  it('sends LDL-C 190 mg/dL or more for review even at low 10-year risk', () => {
    const result = assessed(
      registry.assess('ascvd-pce', { ...guidelineExample, sex: 'female', ldlMgDl: 195 }),
    );
    expect(result.category).toBe('low');
    expect(finding(result, 'LDL-C 190')?.verdict).toBe('meets');
    expect(result.needsReview).toBe(true);
  });

  it('does not queue an intermediate risk already on a statin, and warns about treated values', () => {
    const result = assessed(
      registry.assess('ascvd-pce', {
        ...guidelineExample,
        race: 'african-american',
        smoking: 'current',
        ldlMgDl: 100,
        onStatin: true,
      }),
    );
    expect(result.category).toBe('intermediate');
    expect(result.needsReview).toBe(false);
    expect(result.warnings.join(' ')).toMatch(/statin/);
  });

  it('leaves 76–79-year-olds out of the statin benefit groups', () => {
    const result = assessed(
      registry.assess('ascvd-pce', { ...guidelineExample, ageYears: 77, ldlMgDl: 120 }),
    );
    expect(result.category).toBe('high');
    expect(result.findings.every((candidate) => candidate.verdict === 'does-not-meet')).toBe(true);
    expect(finding(result, '7.5% or more')?.reasons.join(' ')).toMatch(/over 75/);
  });

  it('is not applicable with known ASCVD or outside ages 40–79', () => {
    expect(registry.assess('ascvd-pce', { ...guidelineExample, knownAscvd: true })).toMatchObject({
      status: 'not-applicable',
      reason: expect.stringMatching(/secondary prevention/),
    });
    expect(registry.assess('ascvd-pce', { ...guidelineExample, ageYears: 39 }).status).toBe('not-applicable');
    expect(registry.assess('ascvd-pce', { ...guidelineExample, ageYears: 80 }).status).toBe('not-applicable');
    expect(registry.assess('ascvd-pce', { ...guidelineExample, ageYears: 40 }).status).toBe('assessed');
    expect(registry.assess('ascvd-pce', { ...guidelineExample, ageYears: 79 }).status).toBe('assessed');
  });

  it('rejects values outside the guideline calculator ranges (TC 130–320, HDL 20–100, SBP 90–200)', () => {
    for (const [field, value] of [
      ['totalCholesterolMgDl', 129],
      ['totalCholesterolMgDl', 321],
      ['hdlMgDl', 19],
      ['hdlMgDl', 101],
      ['systolicBpMmHg', 89],
      ['systolicBpMmHg', 201],
    ] as const) {
      expect(() => registry.assess('ascvd-pce', { ...guidelineExample, [field]: value })).toThrow(
        InvalidModuleInputError,
      );
    }
    for (const [field, value] of [
      ['totalCholesterolMgDl', 130],
      ['totalCholesterolMgDl', 320],
      ['hdlMgDl', 20],
      ['hdlMgDl', 100],
      ['systolicBpMmHg', 90],
      ['systolicBpMmHg', 200],
    ] as const)
      expect(registry.assess('ascvd-pce', { ...guidelineExample, [field]: value }).status).toBe('assessed');
  });

  it('can run on the Table A coefficients as a site setting', () => {
    const tableA = createDiseaseRegistry(diseaseModules, { 'ascvd-pce': { coefficientSet: 'table-a' } });
    const result = assessed(tableA.assess('ascvd-pce', guidelineExample));
    expect((result.probability ?? 0) * 100).toBeCloseTo(5.3844, 3);
    expect(result.summary).toMatch(/Table A/);
  });
});

describe('ACC/AHA 2018/2019 risk bands', () => {
  it('cuts at 5%, 7.5% and 20%', () => {
    expect(ascvdRiskCategory(0.0499)).toBe('low');
    expect(ascvdRiskCategory(0.05)).toBe('borderline');
    expect(ascvdRiskCategory(0.0749)).toBe('borderline');
    expect(ascvdRiskCategory(0.075)).toBe('intermediate');
    expect(ascvdRiskCategory(0.1999)).toBe('intermediate');
    expect(ascvdRiskCategory(0.2)).toBe('high');
  });
});

/** Khan 2024 Table S12: 50 y, TC 200, HDL 45, SBP 160 on BP medicine, diabetes, non-smoker, eGFR 90, no statin. */
const preventExample = {
  ageYears: 50,
  sex: 'female',
  totalCholesterolMgDl: 200,
  hdlMgDl: 45,
  systolicBpMmHg: 160,
  onBpTreatment: true,
  diabetes: true,
  smoking: 'never',
  egfr: 90,
  onStatin: false,
  knownCvd: false,
};

describe('the cvd-prevent module', () => {
  it('reports the Table S12 total CVD risk (women 0.1468, men 0.1632) and the ASCVD risk in the summary', () => {
    const woman = assessed(registry.assess('cvd-prevent', preventExample));
    expect(woman.probability).toBeCloseTo(0.1468, 4);
    expect(woman.summary).toMatch(/ASCVD 9\.2%/);
    expect(woman.category).toBe('intermediate');
    expect(woman.needsReview).toBe(true);
    expect(finding(woman, 'diabetes, age 40–75')?.verdict).toBe('meets');
    expect(finding(woman, '7.5% or more')?.reasons.join(' ')).toMatch(/set for the Pooled Cohort Equations/);
    expect(woman.warnings.length).toBeGreaterThan(0);
    const man = assessed(registry.assess('cvd-prevent', { ...preventExample, sex: 'male' }));
    expect(man.probability).toBeCloseTo(0.1632, 4);
    expect(man.summary).toMatch(/ASCVD 10\.2%/);
  });

  it('adds its contributions up to the log-odds against the reference profile', () => {
    const result = assessed(registry.assess('cvd-prevent', preventExample));
    const p = result.probability ?? Number.NaN;
    const total = result.contributions.reduce((sum, part) => sum + part.effect, 0);
    expect(total).toBeCloseTo(Math.log(p / (1 - p)) + 3.307728, 10);
  });

  it('is not applicable with known cardiovascular disease or outside ages 30–79', () => {
    expect(registry.assess('cvd-prevent', { ...preventExample, knownCvd: true }).status).toBe(
      'not-applicable',
    );
    expect(registry.assess('cvd-prevent', { ...preventExample, ageYears: 29 }).status).toBe('not-applicable');
    expect(registry.assess('cvd-prevent', { ...preventExample, ageYears: 80 }).status).toBe('not-applicable');
    expect(registry.assess('cvd-prevent', { ...preventExample, ageYears: 30 }).status).toBe('assessed');
  });

  it('rejects SBP above 180, eGFR below 15 and HDL below 20', () => {
    expect(() => registry.assess('cvd-prevent', { ...preventExample, systolicBpMmHg: 181 })).toThrow(
      /systolicBpMmHg/,
    );
    expect(() => registry.assess('cvd-prevent', { ...preventExample, egfr: 14 })).toThrow(/egfr/);
    expect(() => registry.assess('cvd-prevent', { ...preventExample, hdlMgDl: 19 })).toThrow(/hdlMgDl/);
  });

  it('takes site cut points and refuses cut points that do not increase', () => {
    const strict = createDiseaseRegistry(diseaseModules, { 'cvd-prevent': { highRisk: 0.1 } });
    expect(assessed(strict.assess('cvd-prevent', preventExample)).category).toBe('high');
    expect(() =>
      createDiseaseRegistry(diseaseModules, {
        'cvd-prevent': { borderlineRisk: 0.1, intermediateRisk: 0.05 },
      }),
    ).toThrow(InvalidModuleInputError);
  });
});

const ASSESSED_ON = new Date('2025-06-01T00:00:00Z');

function observation(loinc: string, value: number, unit: string, id: string): RecordResource {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    effectiveDateTime: '2025-05-01',
    code: { coding: [{ system: SYSTEMS.loinc, code: loinc }] },
    valueQuantity: { value, unit, code: unit },
  };
}

function answers(items: Record<string, boolean | string>): RecordResource {
  return {
    resourceType: 'QuestionnaireResponse',
    id: 'qr-1',
    status: 'completed',
    questionnaire: `${SYMPTOMS_AND_HISTORY_URL}|1`,
    authored: '2025-05-20',
    item: [
      {
        linkId: 'history',
        item: Object.entries(items).map(([linkId, value]) => ({
          linkId,
          answer: [typeof value === 'boolean' ? { valueBoolean: value } : { valueCoding: { code: value } }],
        })),
      },
    ],
  };
}

function record(resources: RecordResource[]): PatientRecord {
  return { birthDate: '1970-03-01', gender: 'male', resources };
}

const bloodPressurePanel: RecordResource = {
  resourceType: 'Observation',
  id: 'bp-1',
  status: 'final',
  effectiveDateTime: '2025-05-01',
  code: { coding: [{ system: SYSTEMS.loinc, code: '55284-4' }] },
  component: [
    {
      code: { coding: [{ system: SYSTEMS.loinc, code: '8480-6' }] },
      valueQuantity: { value: 120, code: 'mm[Hg]' },
    },
    {
      code: { coding: [{ system: SYSTEMS.loinc, code: '8462-4' }] },
      valueQuantity: { value: 78, code: 'mm[Hg]' },
    },
  ],
};

const neverSmoker: RecordResource = {
  resourceType: 'Observation',
  id: 'smoking-1',
  status: 'final',
  effectiveDateTime: '2025-05-01',
  code: { coding: [{ system: SYSTEMS.loinc, code: '72166-2' }] },
  valueCodeableConcept: { coding: [{ system: SYSTEMS.snomed, code: '266919005' }] },
};

const guidelinePatient = record([
  observation('2093-3', 213, 'mg/dL', 'tc-1'),
  observation('2085-9', 50, 'mg/dL', 'hdl-1'),
  bloodPressurePanel,
  neverSmoker,
  answers({
    'history.diabetes': false,
    'history.heart-disease': false,
    'history.stroke': false,
    'history.blood-pressure-medicine': false,
    'background.ethnicity': 'white',
  }),
]);

function valuesOf(prefilled: Record<string, { value: unknown }>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(prefilled).map(([key, entry]) => [key, entry.value]));
}

describe('prefill of the cardiovascular modules from a FHIR record', () => {
  it('fills the PCE from labs, a blood-pressure panel, smoking status and the history form', () => {
    const values = valuesOf(prefillInputs(ascvdPceModule, guidelinePatient, ASSESSED_ON));
    expect(values).toEqual({ ...guidelineExample });
    expect(missingInputs(ascvdPceModule, values)).toEqual(['onStatin', 'ldlMgDl']);
    const result = assessed(registry.assess('ascvd-pce', values));
    expect(Math.abs((result.probability ?? 0) * 100 - 5.3)).toBeLessThan(0.1);
  });

  it('reads known ASCVD from an ICD-10 diagnosis, or from a stroke answer after a "no" to heart disease', () => {
    const withMi = record([
      {
        resourceType: 'Condition',
        id: 'mi-1',
        code: { coding: [{ system: SYSTEMS.icd10cm, code: 'I21.4' }] },
        recordedDate: '2021-02-01',
      },
    ]);
    expect(prefillInputs(ascvdPceModule, withMi, ASSESSED_ON).knownAscvd?.value).toBe(true);
    const stroke = record([answers({ 'history.heart-disease': false, 'history.stroke': true })]);
    expect(prefillInputs(ascvdPceModule, stroke, ASSESSED_ON).knownAscvd?.value).toBe(true);
  });

  it('reads blood pressure treatment from an active antihypertensive; a "yes, ever" answer alone is asked again', () => {
    const onAmlodipine = record([
      {
        resourceType: 'MedicationRequest',
        id: 'med-1',
        status: 'active',
        authoredOn: '2025-01-10',
        medicationCodeableConcept: { text: 'Amlodipine 5 MG Oral Tablet' },
      },
    ]);
    expect(prefillInputs(ascvdPceModule, onAmlodipine, ASSESSED_ON).onBpTreatment?.value).toBe(true);
    const everTaken = record([answers({ 'history.blood-pressure-medicine': true })]);
    expect(prefillInputs(ascvdPceModule, everTaken, ASSESSED_ON).onBpTreatment).toBeUndefined();
  });

  it('maps ethnicity answers other than white or Black to the "other" equation choice', () => {
    const hispanic = record([answers({ 'background.ethnicity': 'hispanic' })]);
    expect(prefillInputs(ascvdPceModule, hispanic, ASSESSED_ON).race?.value).toBe('other');
    const black = record([answers({ 'background.ethnicity': 'black' })]);
    expect(prefillInputs(ascvdPceModule, black, ASSESSED_ON).race?.value).toBe('african-american');
  });

  it('calculates eGFR for PREVENT from creatinine when no eGFR is recorded', () => {
    const withCreatinine = record([observation('2160-0', 1.0, 'mg/dL', 'cr-1')]);
    const egfr = prefillInputs(cvdPreventModule, withCreatinine, ASSESSED_ON).egfr;
    expect(egfr?.provenance.kind).toBe('calculated');
    expect(egfr?.value).toBeGreaterThan(80);
  });
});
