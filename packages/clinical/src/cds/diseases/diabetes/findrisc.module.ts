import { z } from 'zod';
import { LOINC } from '../../../codes/code-systems.ts';
import { AGE_INPUT } from '../../common-inputs.ts';
import { defineDiseaseModule, onScale, type RiskCategory } from '../../disease-module.ts';
import { ANTIHYPERTENSIVES } from '../cardiovascular/index.ts';
import {
  adaScreeningFinding,
  diabetesNotApplicable,
  FAMILY_FIRST_DEGREE_INFO,
  HAS_DIABETES_INFO,
  HBA1C_TEST,
  PHYSICALLY_ACTIVE_INFO,
  REFERENCE,
} from './diabetes.shared.ts';
import {
  FINDRISC_MAX_POINTS,
  FINDRISC_WAIST_CM,
  type FindriscBandId,
  findriscBand,
  findriscItemPoints,
} from './findrisc.ts';

const WAIST_CIRCUMFERENCE_LOINC = '8280-0';

const inputs = z
  .object({
    hasDiabetes: z.boolean(),
    ageYears: z.number().int().min(18).max(110),
    sex: z.enum(['female', 'male']),
    bmi: z.number().min(10).max(80),
    waistCm: z.number().min(40).max(250),
    physicallyActive: z.boolean(),
    vegetablesDaily: z.boolean(),
    bloodPressureMedicine: z.boolean(),
    highBloodGlucose: z.boolean(),
    familyDiabetesFirstDegree: z.boolean(),
    /** Asked only when no parent, sibling or child has diabetes. */
    familyDiabetesOtherRelatives: z.boolean().optional(),
  })
  .superRefine((values, context) => {
    if (!values.familyDiabetesFirstDegree && values.familyDiabetesOtherRelatives === undefined)
      context.addIssue({
        code: 'custom',
        path: ['familyDiabetesOtherRelatives'],
        message: 'needed when no parent, sibling or child has diabetes',
      });
  });

const CATEGORY: Record<FindriscBandId, RiskCategory> = {
  low: 'low',
  'slightly-elevated': 'borderline',
  moderate: 'intermediate',
  high: 'high',
  'very-high': 'very-high',
};

/** FINDRISC: 10-year risk of type 2 diabetes from eight questions (current Finnish form, 0–26 points). */
export const findriscModule = defineDiseaseModule({
  id: 'findrisc',
  disease: { id: 'type-2-diabetes', name: 'Type 2 diabetes' },
  name: 'FINDRISC (Finnish Diabetes Risk Score)',
  version: '1.0.0',
  kind: 'points-score',
  audience: 'patient',
  description:
    'Points score for the 10-year risk of type 2 diabetes in adults without diabetes (Lindström & Tuomilehto 2003; current Finnish Diabetes Association form with family history, 0–26 points).',
  inputs,
  settings: z.object({}),
  inputInfo: {
    hasDiabetes: HAS_DIABETES_INFO,
    ageYears: AGE_INPUT,
    sex: {
      label: 'Sex',
      question: 'What sex were you assigned at birth?',
      unit: null,
      sources: [{ kind: 'sex' }],
      options: { female: 'Female', male: 'Male' },
      help: 'Sets the waist bands.',
    },
    bmi: {
      label: 'Body mass index',
      question: 'What is your body mass index (BMI)?',
      unit: 'kg/m2',
      sources: [{ kind: 'observation', loinc: [LOINC.bmi], unit: 'kg/m2', maxAgeDays: 730 }],
      help: 'Weight in kg divided by height in metres squared.',
    },
    waistCm: {
      label: 'Waist circumference',
      question: 'What is your waist size, in centimetres, measured just above your belly button?',
      unit: 'cm',
      sources: [
        { kind: 'observation', loinc: [WAIST_CIRCUMFERENCE_LOINC], unit: 'cm', maxAgeDays: 730 },
        { kind: 'questionnaire', linkId: 'lifestyle.waist' },
      ],
      help: `Men: under ${FINDRISC_WAIST_CM.male.lower}, ${FINDRISC_WAIST_CM.male.lower}–${FINDRISC_WAIST_CM.male.upper}, over ${FINDRISC_WAIST_CM.male.upper} cm; women: under ${FINDRISC_WAIST_CM.female.lower}, ${FINDRISC_WAIST_CM.female.lower}–${FINDRISC_WAIST_CM.female.upper}, over ${FINDRISC_WAIST_CM.female.upper} cm.`,
    },
    physicallyActive: PHYSICALLY_ACTIVE_INFO,
    vegetablesDaily: {
      label: 'Vegetables, fruit or berries every day',
      question: 'Do you eat vegetables, fruit or berries every day?',
      unit: null,
      sources: [{ kind: 'questionnaire', linkId: 'lifestyle.vegetables-daily' }],
    },
    bloodPressureMedicine: {
      label: 'Ever on blood pressure medicine',
      question: 'Do you take, or have you ever regularly taken, medicine for high blood pressure?',
      unit: null,
      sources: [
        { kind: 'medication', ingredients: ANTIHYPERTENSIVES },
        { kind: 'questionnaire', linkId: 'history.blood-pressure-medicine' },
      ],
    },
    highBloodGlucose: {
      label: 'Ever had high blood glucose',
      question:
        'Have you ever been told that your blood sugar was high, for example at a health check, during an illness or in pregnancy?',
      unit: null,
      sources: [
        {
          kind: 'condition',
          // Prediabetes (two concepts), hyperglycaemia, gestational diabetes.
          snomed: ['15777000', '714628002', '80394007', '11687002'],
          icd10Prefixes: ['R73', 'O24.4'],
        },
        { kind: 'questionnaire', linkId: 'history.high-blood-glucose' },
      ],
    },
    familyDiabetesFirstDegree: {
      ...FAMILY_FIRST_DEGREE_INFO,
      label: 'Diabetes in a parent, sibling or child',
      question: 'Has one of your parents, brothers, sisters or children had diabetes (type 1 or type 2)?',
    },
    familyDiabetesOtherRelatives: {
      label: 'Diabetes in a grandparent, aunt, uncle or first cousin',
      question:
        'Has one of your grandparents, aunts, uncles or first cousins had diabetes (type 1 or type 2)?',
      unit: null,
      sources: [{ kind: 'questionnaire', linkId: 'family.diabetes-relatives' }],
      askWhen: (known) => known.familyDiabetesFirstDegree === false,
    },
  },
  references: [REFERENCE.lindstrom, REFERENCE.findriscForm, REFERENCE.adaStandards],
  assess(values) {
    if (values.hasDiabetes) return diabetesNotApplicable('FINDRISC');
    const familyHistory = values.familyDiabetesFirstDegree
      ? ('first-degree' as const)
      : values.familyDiabetesOtherRelatives
        ? ('second-degree' as const)
        : ('none' as const);
    const items = findriscItemPoints({ ...values, familyHistory });
    const points = Object.values(items).reduce((total, item) => total + item, 0);
    const band = findriscBand(points);
    const category = CATEGORY[band.id];
    const isHigh = points >= 15;
    const waistBand = FINDRISC_WAIST_CM[values.sex];
    const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');
    const contributions = onScale('points', [
      { input: 'ageYears', label: 'Age', value: `${values.ageYears} years`, effect: items.age },
      { input: 'bmi', label: 'Body mass index', value: `${values.bmi.toFixed(1)} kg/m²`, effect: items.bmi },
      { input: 'waistCm', label: 'Waist', value: `${values.waistCm.toFixed(0)} cm`, effect: items.waist },
      {
        input: 'physicallyActive',
        label: '30 minutes of activity a day',
        value: yesNo(values.physicallyActive),
        effect: items.physicalActivity,
      },
      {
        input: 'vegetablesDaily',
        label: 'Vegetables, fruit or berries every day',
        value: yesNo(values.vegetablesDaily),
        effect: items.vegetables,
      },
      {
        input: 'bloodPressureMedicine',
        label: 'Blood pressure medicine',
        value: yesNo(values.bloodPressureMedicine),
        effect: items.bloodPressureMedicine,
      },
      {
        input: 'highBloodGlucose',
        label: 'High blood glucose before',
        value: yesNo(values.highBloodGlucose),
        effect: items.highBloodGlucose,
      },
      {
        input: 'familyDiabetesFirstDegree',
        label: 'Family history of diabetes',
        value: {
          none: 'none',
          'second-degree': 'grandparent, aunt, uncle or cousin',
          'first-degree': 'parent, sibling or child',
        }[familyHistory],
        effect: items.familyHistory,
      },
    ]);
    const riskFactors = [
      ...(values.familyDiabetesFirstDegree ? ['first-degree relative with diabetes'] : []),
      ...(values.bloodPressureMedicine ? ['blood pressure medicine'] : []),
      ...(values.physicallyActive ? [] : ['physical inactivity']),
    ];
    const carriesWeight = values.bmi >= 25 || values.waistCm >= waistBand.lower;
    return {
      status: 'assessed',
      outcome: 'type 2 diabetes',
      probability: band.tenYearRisk,
      horizonYears: 10,
      score: { points, maxPoints: FINDRISC_MAX_POINTS },
      category,
      categoryLabel: `${band.label} (${band.minPoints}–${band.maxPoints} points; about ${band.riskText} in 10 years)`,
      needsReview: isHigh,
      contributions,
      findings: [
        adaScreeningFinding({
          ageYears: values.ageYears,
          bmi: values.bmi,
          asianAmerican: false,
          riskFactors,
          gestationalDiabetes: false,
        }),
      ],
      recommendations: [
        ...(isHigh
          ? [
              {
                text: 'Test for type 2 diabetes and prediabetes (HbA1c, fasting plasma glucose or a glucose tolerance test).',
                audience: 'clinician' as const,
                reference: REFERENCE.adaStandards.id,
              },
            ]
          : []),
        ...(points >= 12
          ? [
              {
                text: 'Offer support for weight loss, physical activity and diet; a structured lifestyle programme lowers the chance of type 2 diabetes.',
                audience: 'clinician' as const,
                reference: REFERENCE.lindstrom.id,
              },
            ]
          : []),
      ],
      suggested: {
        condition: null,
        serviceRequests: isHigh
          ? [
              {
                code: HBA1C_TEST,
                reason: `FINDRISC ${points}/${FINDRISC_MAX_POINTS} (${band.label.toLowerCase()})`,
              },
            ]
          : [],
        // Below 15 the ADA screening interval applies; at 15 or more the next step depends on the HbA1c.
        followUpMonths: isHigh ? null : 36,
      },
      warnings: [],
      summary: `FINDRISC ${points}/${FINDRISC_MAX_POINTS}: ${band.label.toLowerCase()} (about ${band.riskText} develop type 2 diabetes within 10 years).`,
      plainLanguage: {
        meaning: `Your score is ${points} out of ${FINDRISC_MAX_POINTS}. About ${band.riskText} people with a score like yours get type 2 diabetes within 10 years.`,
        whatYouCanDo: [
          ...(values.physicallyActive
            ? []
            : ['Try to be active for 30 minutes a day, for example a brisk walk.']),
          ...(values.vegetablesDaily ? [] : ['Eat vegetables, fruit or berries every day.']),
          ...(carriesWeight ? ['Losing even a little weight lowers your risk.'] : []),
          ...(isHigh ? ['Ask your care team for a blood sugar test (HbA1c).'] : []),
          'Small changes you can keep up make the biggest difference.',
        ],
      },
    };
  },
});
