import { z } from 'zod';
import { LOINC, SYSTEMS } from '../../../codes/code-systems.ts';
import {
  type AssessedResult,
  defineDiseaseModule,
  type NotApplicableResult,
  onScale,
} from '../../disease-module.ts';
import {
  ASCVD_ICD10,
  ASCVD_SNOMED,
  CARDIOVASCULAR_INPUT_INFO as INFO,
  knownDiseaseSources,
} from './cardiovascular.inputs.ts';
import {
  ascvdRiskCategory,
  CATEGORY_LABELS,
  clinicianAdvice,
  KNOWN_DISEASE_MEANING,
  KNOWN_DISEASE_REASON,
  notApplicable,
  outOf100,
  patientAdvice,
  percent,
  REFERENCE,
  statinFindings,
} from './cardiovascular.shared.ts';
import { PCE_ESTIMATOR, PCE_TABLE_A, pceContributions, pceRisk } from './pooled-cohort.ts';

const pceInputs = z.object({
  ageYears: z.number().int().min(18).max(110),
  sex: z.enum(['female', 'male']),
  race: z.enum(['white', 'african-american', 'other']),
  totalCholesterolMgDl: z.number().min(130).max(320),
  hdlMgDl: z.number().min(20).max(100),
  systolicBpMmHg: z.number().min(90).max(200),
  onBpTreatment: z.boolean(),
  diabetes: z.boolean(),
  smoking: z.enum(['current', 'former', 'never']),
  knownAscvd: z.boolean(),
  onStatin: z.boolean().default(false),
  ldlMgDl: z.number().min(10).max(600).optional(),
});

/** ACC/AHA 2013 Pooled Cohort Equations: 10-year risk of a first heart attack or stroke. */
export const ascvdPceModule = defineDiseaseModule({
  id: 'ascvd-pce',
  disease: { id: 'cardiovascular', name: 'Cardiovascular disease' },
  name: 'ACC/AHA Pooled Cohort Equations (10-year ASCVD risk)',
  version: '1.0.0',
  kind: 'equation',
  audience: 'patient',
  description:
    'Probability of a first hard atherosclerotic cardiovascular event (coronary death, heart attack or stroke) within 10 years for adults 40–79 without known ASCVD (Goff 2013), with the 2018 AHA/ACC statin benefit groups.',
  inputs: pceInputs,
  settings: z.object({
    coefficientSet: z.enum(['acc-aha-estimator', 'table-a']).default('acc-aha-estimator'),
  }),
  inputInfo: {
    ...INFO,
    race: {
      label: 'Race',
      question: 'Which of these best describes you?',
      unit: null,
      sources: [
        {
          kind: 'questionnaire',
          linkId: 'background.ethnicity',
          values: {
            white: 'white',
            black: 'african-american',
            hispanic: 'other',
            asian: 'other',
            'american-indian-alaska-native': 'other',
            'pacific-islander': 'other',
            'mixed-or-other': 'other',
            'prefer-not-to-say': 'other',
          },
        },
      ],
      options: { white: 'White', 'african-american': 'Black or African American', other: 'Another group' },
      help: 'The equations exist for white and African American adults; the guideline uses the white equations for everyone else.',
    },
    knownAscvd: {
      label: 'Known ASCVD',
      question: 'Have you ever had a heart attack, angina, a stroke or a mini-stroke (TIA)?',
      unit: null,
      sources: knownDiseaseSources({ kind: 'condition', snomed: ASCVD_SNOMED, icd10Prefixes: ASCVD_ICD10 }),
    },
  },
  references: [REFERENCE.goff, REFERENCE.grundy, REFERENCE.arnett],
  assess(values, options): AssessedResult | NotApplicableResult {
    if (values.knownAscvd) return notApplicable(KNOWN_DISEASE_REASON, KNOWN_DISEASE_MEANING);
    if (values.ageYears < 40 || values.ageYears > 79)
      return notApplicable(
        `The Pooled Cohort Equations are for ages 40–79; this person is ${values.ageYears}.`,
        'This heart risk calculator is made for people aged 40 to 79, so it does not fit your age.',
      );
    const set = options.coefficientSet === 'table-a' ? PCE_TABLE_A : PCE_ESTIMATOR;
    const equationInputs = {
      ageYears: values.ageYears,
      sex: values.sex,
      race: values.race === 'african-american' ? ('african-american' as const) : ('white' as const),
      totalCholesterolMgDl: values.totalCholesterolMgDl,
      hdlMgDl: values.hdlMgDl,
      systolicBpMmHg: values.systolicBpMmHg,
      onBpTreatment: values.onBpTreatment,
      currentSmoker: values.smoking === 'current',
      diabetes: values.diabetes,
    };
    const result = pceRisk(equationInputs, set);
    const risk = result.riskFraction;
    const parts = pceContributions(equationInputs, set);
    const category = ascvdRiskCategory(risk);
    const findings = statinFindings({
      ageYears: values.ageYears,
      diabetes: values.diabetes,
      ldlMgDl: values.ldlMgDl,
      ascvdRisk: risk,
      riskName: 'PCE 10-year ASCVD risk',
      caveat: null,
    });
    const inStatinGroup = findings.some((finding) => finding.verdict === 'meets');
    const discussStatin =
      !values.onStatin && (inStatinGroup || category === 'intermediate' || category === 'high');
    const needLdl = values.ldlMgDl === undefined && (category !== 'low' || values.diabetes);
    const warnings = [
      ...(values.race === 'other'
        ? [
            'Race other than white or African American, or not stated: the white equations were used, as the guideline advises; they may overestimate or underestimate risk for other groups.',
          ]
        : []),
      ...(values.onStatin
        ? [
            'Already on a statin: the equations were meant for untreated cholesterol, so this estimate from treated values may understate the untreated risk.',
          ]
        : []),
    ];
    const treated = values.onBpTreatment ? 'treated' : 'untreated';
    return {
      status: 'assessed',
      outcome: 'first hard ASCVD event (coronary death, myocardial infarction or stroke)',
      probability: risk,
      horizonYears: 10,
      score: null,
      category,
      categoryLabel: CATEGORY_LABELS[category],
      // High risk, or a statin decision that is the clinician's to make (intermediate risk or a
      // risk-independent benefit group), enters the doctor's queue.
      needsReview: category === 'high' || discussStatin,
      contributions: onScale('log-hazard', [
        { input: 'ageYears', label: 'Age', value: `${values.ageYears} years`, effect: parts.age },
        {
          input: 'totalCholesterolMgDl',
          label: 'Total cholesterol',
          value: `${values.totalCholesterolMgDl.toFixed(0)} mg/dL`,
          effect: parts.totalCholesterol,
        },
        {
          input: 'hdlMgDl',
          label: 'HDL cholesterol',
          value: `${values.hdlMgDl.toFixed(0)} mg/dL`,
          effect: parts.hdl,
        },
        {
          input: 'systolicBpMmHg',
          label: 'Systolic blood pressure',
          value: `${values.systolicBpMmHg.toFixed(0)} mm Hg, ${treated}`,
          effect: parts.systolicBp,
        },
        {
          input: 'smoking',
          label: 'Smoking',
          value: INFO.smoking.options[values.smoking],
          effect: parts.smoking,
        },
        {
          input: 'diabetes',
          label: 'Diabetes',
          value: values.diabetes ? 'yes' : 'no',
          effect: parts.diabetes,
        },
      ]),
      findings,
      recommendations: [
        ...clinicianAdvice(category),
        ...(values.onStatin && (category === 'intermediate' || category === 'high')
          ? [
              {
                text: 'Already on a statin: check adherence, intensity and the LDL-C response.',
                audience: 'clinician' as const,
                reference: REFERENCE.grundy.id,
              },
            ]
          : []),
      ],
      suggested: {
        condition: null,
        serviceRequests: needLdl
          ? [
              {
                code: {
                  system: SYSTEMS.loinc,
                  code: LOINC.lipidPanelCalculatedLdl,
                  display: 'Lipid 1996 panel - Serum or Plasma',
                },
                reason: 'LDL-C is needed to place the patient in a 2018 AHA/ACC statin benefit group',
              },
            ]
          : [],
        followUpMonths: category === 'intermediate' || category === 'high' ? 3 : 48,
      },
      warnings,
      summary: `PCE 10-year hard ASCVD risk ${percent(risk)} (${category}), ${result.group.replaceAll('-', ' ')} equation, ${set.label}.`,
      plainLanguage: {
        meaning: `Out of 100 people with results like yours, ${outOf100(risk)} would have a heart attack or stroke in the next 10 years.`,
        whatYouCanDo: patientAdvice(values, discussStatin),
      },
    };
  },
});
