import { z } from 'zod';
import { LOINC } from '../../../codes/code-systems.ts';
import { AGE_INPUT, SEX_INPUT } from '../../common-inputs.ts';
import { defineDiseaseModule, onScale } from '../../disease-module.ts';
import { ADA_RISK_TEST_HIGH_RISK_POINTS, ADA_RISK_TEST_MAX_POINTS, adaItemPoints } from './ada-risk-test.ts';
import {
  adaScreeningFinding,
  diabetesNotApplicable,
  FAMILY_FIRST_DEGREE_INFO,
  HAS_DIABETES_INFO,
  HBA1C_TEST,
  PHYSICALLY_ACTIVE_INFO,
  REFERENCE,
} from './diabetes.shared.ts';

const inputs = z
  .object({
    hasDiabetes: z.boolean(),
    ageYears: z.number().int().min(18).max(110),
    sex: z.enum(['female', 'male']),
    /** Asked of women only. */
    gestationalDiabetes: z.boolean().optional(),
    familyDiabetesFirstDegree: z.boolean(),
    highBloodPressure: z.boolean(),
    physicallyActive: z.boolean(),
    bmi: z.number().min(10).max(80),
    asianAmerican: z.boolean().default(false),
  })
  .superRefine((values, context) => {
    if (values.sex === 'female' && values.gestationalDiabetes === undefined)
      context.addIssue({ code: 'custom', path: ['gestationalDiabetes'], message: 'needed for women' });
  });

/** ADA Diabetes Risk Test (Bang 2009): 0–10 points; 5 or more is high risk for type 2 diabetes. */
export const adaRiskTestModule = defineDiseaseModule({
  id: 'ada-risk-test',
  disease: { id: 'type-2-diabetes', name: 'Type 2 diabetes' },
  name: 'ADA Diabetes Risk Test',
  version: '1.0.0',
  kind: 'points-score',
  audience: 'patient',
  description:
    'Seven-question points score (Bang 2009; the ADA/CDC prediabetes risk test) for undiagnosed prediabetes or type 2 diabetes; 5 points or more is high risk.',
  inputs,
  settings: z.object({}),
  inputInfo: {
    hasDiabetes: HAS_DIABETES_INFO,
    ageYears: AGE_INPUT,
    sex: SEX_INPUT,
    gestationalDiabetes: {
      label: 'Gestational diabetes',
      question: 'Have you ever been told you had diabetes during a pregnancy (gestational diabetes)?',
      unit: null,
      sources: [
        { kind: 'condition', snomed: ['11687002'], icd10Prefixes: ['O24.4'] },
        { kind: 'questionnaire', linkId: 'history.gestational-diabetes' },
      ],
      askWhen: (known) => known.sex === 'female',
    },
    familyDiabetesFirstDegree: {
      ...FAMILY_FIRST_DEGREE_INFO,
      label: 'Diabetes in a mother, father, sister or brother',
      question: 'Do you have a mother, father, sister or brother with diabetes?',
    },
    highBloodPressure: {
      label: 'High blood pressure',
      question: 'Have you ever been diagnosed with high blood pressure?',
      unit: null,
      sources: [
        {
          kind: 'condition',
          snomed: ['38341003', '59621000'],
          icd10Prefixes: ['I10', 'I11', 'I12', 'I13', 'I15'],
        },
        { kind: 'questionnaire', linkId: 'history.high-blood-pressure' },
      ],
    },
    physicallyActive: PHYSICALLY_ACTIVE_INFO,
    bmi: {
      label: 'Body mass index',
      question: 'What is your body mass index (BMI)?',
      unit: 'kg/m2',
      sources: [{ kind: 'observation', loinc: [LOINC.bmi], unit: 'kg/m2', maxAgeDays: 730 }],
      help: 'Scores 0–3 points for weight: under 25, 25 to under 30, 30 to under 40, 40 or more.',
    },
    asianAmerican: {
      label: 'Asian American',
      question: 'Are you of Asian descent?',
      unit: null,
      sources: [
        {
          kind: 'questionnaire',
          linkId: 'background.ethnicity',
          values: {
            asian: true,
            white: false,
            black: false,
            hispanic: false,
            'american-indian-alaska-native': false,
            'pacific-islander': false,
            'mixed-or-other': false,
          },
        },
      ],
      help: 'The test uses lower BMI cut-offs for Asian Americans: under 23, 23 to under 28, 28 to under 37, 37 or more.',
    },
  },
  references: [REFERENCE.bang, REFERENCE.cdcRiskTest, REFERENCE.adaStandards],
  assess(values) {
    if (values.hasDiabetes) return diabetesNotApplicable('The ADA Diabetes Risk Test');
    const scored = { ...values, gestationalDiabetes: values.gestationalDiabetes ?? false };
    const items = adaItemPoints(scored);
    const points = Object.values(items).reduce((total, item) => total + item, 0);
    const isHigh = points >= ADA_RISK_TEST_HIGH_RISK_POINTS;
    const isWoman = values.sex === 'female';
    const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');
    const contributions = onScale('points', [
      { input: 'ageYears', label: 'Age', value: `${values.ageYears} years`, effect: items.age },
      { input: 'sex', label: 'Sex', value: values.sex, effect: items.sex },
      ...(isWoman
        ? [
            {
              input: 'gestationalDiabetes',
              label: 'Gestational diabetes',
              value: yesNo(scored.gestationalDiabetes),
              effect: items.gestationalDiabetes,
            },
          ]
        : []),
      {
        input: 'familyDiabetesFirstDegree',
        label: 'Parent or sibling with diabetes',
        value: yesNo(values.familyDiabetesFirstDegree),
        effect: items.familyHistory,
      },
      {
        input: 'highBloodPressure',
        label: 'High blood pressure',
        value: yesNo(values.highBloodPressure),
        effect: items.highBloodPressure,
      },
      {
        input: 'physicallyActive',
        label: 'Physically active',
        value: yesNo(values.physicallyActive),
        effect: items.physicalActivity,
      },
      {
        input: 'bmi',
        label: values.asianAmerican ? 'Weight (Asian American BMI bands)' : 'Weight (BMI bands)',
        value: `BMI ${values.bmi.toFixed(1)} kg/m²`,
        effect: items.weight,
      },
    ]);
    const riskFactors = [
      ...(values.familyDiabetesFirstDegree ? ['first-degree relative with diabetes'] : []),
      ...(values.highBloodPressure ? ['high blood pressure'] : []),
      ...(values.physicallyActive ? [] : ['physical inactivity']),
    ];
    return {
      status: 'assessed',
      outcome: 'undiagnosed prediabetes or type 2 diabetes',
      probability: null,
      horizonYears: null,
      score: { points, maxPoints: ADA_RISK_TEST_MAX_POINTS },
      category: isHigh ? 'high' : 'low',
      categoryLabel: isHigh ? 'High risk (5 points or more)' : 'Not at high risk (under 5 points)',
      needsReview: isHigh,
      contributions,
      findings: [
        adaScreeningFinding({
          ageYears: values.ageYears,
          bmi: values.bmi,
          asianAmerican: values.asianAmerican,
          riskFactors,
          gestationalDiabetes: isWoman && scored.gestationalDiabetes,
        }),
      ],
      recommendations: isHigh
        ? [
            {
              text: 'Score 5 or more: test for prediabetes and type 2 diabetes (HbA1c, fasting plasma glucose or a glucose tolerance test).',
              audience: 'clinician',
              reference: REFERENCE.adaStandards.id,
            },
            {
              text: 'A score of 5 or more means a higher chance of prediabetes or type 2 diabetes. Only a blood test can tell for sure.',
              audience: 'patient',
              reference: REFERENCE.cdcRiskTest.id,
            },
          ]
        : [],
      suggested: {
        condition: null,
        serviceRequests: isHigh
          ? [{ code: HBA1C_TEST, reason: `ADA Diabetes Risk Test ${points}/${ADA_RISK_TEST_MAX_POINTS}` }]
          : [],
        followUpMonths: isHigh ? null : 36,
      },
      warnings: [],
      summary: `ADA Diabetes Risk Test ${points}/${ADA_RISK_TEST_MAX_POINTS}: ${isHigh ? 'high risk (≥5)' : 'not high risk (<5)'}.`,
      plainLanguage: {
        meaning: isHigh
          ? `Your score is ${points} out of ${ADA_RISK_TEST_MAX_POINTS}. A score of 5 or more means you may have prediabetes or type 2 diabetes without knowing it. A simple blood test can check.`
          : `Your score is ${points} out of ${ADA_RISK_TEST_MAX_POINTS}, below the score of 5 that means high risk.`,
        whatYouCanDo: [
          ...(isHigh ? ['Ask your care team for a blood sugar test (HbA1c).'] : []),
          ...(values.physicallyActive ? [] : ['Try to be active for 30 minutes on most days.']),
          'Eat plenty of vegetables, fruit and whole grains, and fewer sugary drinks.',
          ...(items.weight > 0 ? ['Losing even a little weight lowers your risk.'] : []),
        ],
      },
    };
  },
});
