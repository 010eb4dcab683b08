import { z } from 'zod';
import { LOINC, SYSTEMS } from '../../../codes/code-systems.ts';
import { AGE_INPUT, SEX_INPUT } from '../../common-inputs.ts';
import { defineDiseaseModule, type RiskCategory } from '../../disease-module.ts';
import { KFRE_BASELINE_SURVIVAL, type KfreRegion, kfreRisk, kfreTerms } from './kfre.ts';

const REFERENCES = [
  {
    id: 'tangri-2011',
    citation:
      'Tangri N, Stevens LA, Griffith J, et al. A predictive model for progression of chronic kidney disease to kidney failure. JAMA 2011;305(15):1553-1559.',
    url: 'https://doi.org/10.1001/jama.2011.451',
  },
  {
    id: 'tangri-2016',
    citation:
      'Tangri N, Grams ME, Levey AS, et al. Multinational assessment of accuracy of equations for predicting risk of kidney failure: a meta-analysis. JAMA 2016;315(2):164-174.',
    url: 'https://doi.org/10.1001/jama.2015.18202',
  },
  {
    id: 'nice-ng203',
    citation:
      'NICE guideline NG203. Chronic kidney disease: assessment and management. 2021 (referral at a 5-year kidney failure risk above 5%).',
    url: 'https://www.nice.org.uk/guidance/ng203',
  },
  {
    id: 'kdigo-2024',
    citation:
      'KDIGO 2024 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease. Kidney Int 2024;105(4S):S117-S314.',
    url: 'https://doi.org/10.1016/j.kint.2023.10.018',
  },
];

const inputs = z.object({
  ageYears: z.number().int().min(18).max(110),
  sex: z.enum(['male', 'female']),
  egfr: z.number().min(1).max(200),
  acrMgG: z.number().positive().max(25_000),
});

const settings = z.object({
  region: z.enum(['north-america', 'other']).default('north-america'),
  /** NICE NG203: refer to nephrology above a 5-year risk of 5%. */
  referralFiveYearRisk: z.number().gt(0).lt(1).default(0.05),
  /** KDIGO 2024: prepare for kidney replacement therapy above a 2-year risk of 40%. */
  krtPlanningTwoYearRisk: z.number().gt(0).lt(1).default(0.4),
  /** KDIGO 2024 suggests a lower 5-year risk of 3–5% as the band where referral is considered. */
  considerReferralFiveYearRisk: z.number().gt(0).lt(1).default(0.03),
});

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

/** KFRE (4 variables): 2- and 5-year risk of kidney failure for adults with CKD G3–G5. */
export const kfreModule = defineDiseaseModule({
  id: 'kfre',
  disease: { id: 'kidney-failure', name: 'Kidney failure' },
  name: 'Kidney Failure Risk Equation (4-variable)',
  version: '1.0.0',
  kind: 'equation',
  audience: 'patient',
  description:
    'Probability that chronic kidney disease progresses to kidney failure needing dialysis or a transplant within 2 and 5 years (Tangri 2011, regional recalibration 2016). For adults with an eGFR below 60.',
  inputs,
  settings,
  inputInfo: {
    ageYears: AGE_INPUT,
    sex: SEX_INPUT,
    egfr: {
      label: 'eGFR',
      question: 'What was your last estimated glomerular filtration rate (eGFR)?',
      unit: 'mL/min/{1.73_m2}',
      sources: [{ kind: 'egfr' }],
      help: 'From the latest eGFR result, or CKD-EPI 2021 from the latest creatinine.',
    },
    acrMgG: {
      label: 'Urine albumin-to-creatinine ratio',
      question: 'What was your last urine albumin-to-creatinine ratio (ACR), in mg/g?',
      unit: 'mg/g',
      sources: [
        {
          kind: 'observation',
          loinc: [LOINC.albuminCreatinineRatio, LOINC.microalbuminCreatinineRatio],
          unit: 'mg/g',
        },
      ],
      help: 'mg/mmol × 8.84 = mg/g.',
    },
  },
  references: REFERENCES,
  assess(values, options) {
    if (values.egfr >= 60)
      return {
        status: 'not-applicable',
        reason: `KFRE is for CKD G3–G5 (eGFR below 60); this eGFR is ${values.egfr.toFixed(0)}.`,
        plainLanguage: {
          meaning: 'Your kidney function is not low enough for this kidney failure calculator to apply.',
          whatYouCanDo: ['Keep your blood pressure and blood sugar in the range your doctor advises.'],
        },
      };
    const region: KfreRegion = options.region;
    const risk = kfreRisk(values, region);
    const terms = kfreTerms(values);
    const category: RiskCategory =
      risk.twoYear > options.krtPlanningTwoYearRisk
        ? 'very-high'
        : risk.fiveYear > options.referralFiveYearRisk
          ? 'high'
          : risk.fiveYear >= options.considerReferralFiveYearRisk
            ? 'intermediate'
            : 'low';
    const categoryLabel = {
      'very-high': 'Very high: plan for kidney replacement therapy',
      high: 'High: refer to a nephrologist',
      intermediate: 'Intermediate: consider referral',
      borderline: 'Borderline',
      low: 'Low',
    }[category];
    const refer = risk.fiveYear > options.referralFiveYearRisk;
    const baseline = KFRE_BASELINE_SURVIVAL[region];
    return {
      status: 'assessed',
      outcome: 'kidney failure (dialysis or transplant)',
      probability: risk.fiveYear,
      horizonYears: 5,
      score: null,
      category,
      categoryLabel,
      needsReview: category === 'high' || category === 'very-high',
      contributions: [
        {
          input: 'ageYears',
          label: 'Age',
          value: `${values.ageYears} years`,
          effect: terms.age,
          scale: 'log-hazard',
        },
        { input: 'sex', label: 'Sex', value: values.sex, effect: terms.sex, scale: 'log-hazard' },
        {
          input: 'egfr',
          label: 'eGFR',
          value: `${values.egfr.toFixed(0)} mL/min/1.73 m²`,
          effect: terms.egfr,
          scale: 'log-hazard',
        },
        {
          input: 'acrMgG',
          label: 'Urine ACR',
          value: `${values.acrMgG.toFixed(0)} mg/g`,
          effect: terms.acr,
          scale: 'log-hazard',
        },
      ],
      findings: [
        {
          guideline: 'NICE NG203 (2021)',
          verdict: refer ? 'meets' : 'does-not-meet',
          summary: refer ? 'Refer to nephrology' : 'No referral on kidney failure risk alone',
          reasons: [
            `5-year risk ${percent(risk.fiveYear)} ${refer ? '>' : '≤'} ${percent(options.referralFiveYearRisk)}`,
          ],
          reference: 'nice-ng203',
        },
        {
          guideline: 'KDIGO 2024',
          verdict: risk.twoYear > options.krtPlanningTwoYearRisk ? 'meets' : 'does-not-meet',
          summary:
            risk.twoYear > options.krtPlanningTwoYearRisk
              ? 'Prepare for kidney replacement therapy'
              : 'Kidney replacement therapy planning not yet indicated',
          reasons: [
            `2-year risk ${percent(risk.twoYear)} ${risk.twoYear > options.krtPlanningTwoYearRisk ? '>' : '≤'} ${percent(options.krtPlanningTwoYearRisk)}`,
          ],
          reference: 'kdigo-2024',
        },
      ],
      recommendations: [
        ...(refer
          ? [
              {
                text: 'Refer to nephrology (5-year kidney failure risk above the NICE threshold).',
                audience: 'clinician' as const,
                reference: 'nice-ng203',
              },
            ]
          : []),
        {
          text: 'Treat to the KDIGO blood pressure target, consider an SGLT2 inhibitor and RAS blockade where indicated, and re-check eGFR and ACR at the interval KDIGO advises for this stage.',
          audience: 'clinician',
          reference: 'kdigo-2024',
        },
      ],
      suggested: {
        condition: null,
        serviceRequests: refer
          ? [
              {
                code: {
                  system: SYSTEMS.snomed,
                  code: '306125004',
                  display: 'Referral to nephrology service',
                },
                reason: `5-year kidney failure risk ${percent(risk.fiveYear)} (KFRE)`,
              },
            ]
          : [],
        followUpMonths: refer ? 3 : 12,
      },
      warnings:
        region === 'north-america'
          ? []
          : [
              `Baseline survival for sites outside North America (S0 2-y ${baseline.twoYear}, 5-y ${baseline.fiveYear}).`,
            ],
      summary: `KFRE 4-variable: ${percent(risk.twoYear)} at 2 years, ${percent(risk.fiveYear)} at 5 years.`,
      plainLanguage: {
        meaning: `Out of 100 people with kidney results like yours, about ${Math.round(risk.fiveYear * 100)} would need dialysis or a kidney transplant within 5 years.`,
        whatYouCanDo: [
          'Take your blood pressure and kidney medicines as prescribed.',
          'Avoid anti-inflammatory painkillers such as ibuprofen unless your doctor agrees.',
          'Keep your kidney blood and urine tests up to date.',
        ],
      },
    };
  },
});

export const diseaseModules = [kfreModule];
