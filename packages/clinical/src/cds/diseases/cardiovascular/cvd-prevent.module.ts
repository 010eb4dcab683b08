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
  notApplicable,
  outOf100,
  patientAdvice,
  percent,
  REFERENCE,
  statinFindings,
} from './cardiovascular.shared.ts';
import { preventContributions, preventRisk } from './prevent.ts';

const preventInputs = z.object({
  ageYears: z.number().int().min(18).max(110),
  sex: z.enum(['female', 'male']),
  totalCholesterolMgDl: z.number().min(130).max(320),
  hdlMgDl: z.number().min(20).max(100),
  systolicBpMmHg: z.number().min(90).max(180),
  onBpTreatment: z.boolean(),
  diabetes: z.boolean(),
  smoking: z.enum(['current', 'former', 'never']),
  egfr: z.number().min(15).max(140),
  onStatin: z.boolean(),
  knownCvd: z.boolean(),
  ldlMgDl: z.number().min(10).max(600).optional(),
});

const preventSettings = z
  .object({
    /** No guideline has set PREVENT cut points; the defaults are the ACC/AHA 2018/2019 PCE bands. */
    borderlineRisk: z.number().gt(0).lt(1).default(0.05),
    intermediateRisk: z.number().gt(0).lt(1).default(0.075),
    highRisk: z.number().gt(0).lt(1).default(0.2),
  })
  .refine((cuts) => cuts.borderlineRisk < cuts.intermediateRisk && cuts.intermediateRisk < cuts.highRisk, {
    message: 'the risk cut points must increase: borderline < intermediate < high',
  });

const PREVENT_THRESHOLD_CAVEAT =
  'The 7.5% and 20% thresholds were set for the Pooled Cohort Equations; PREVENT estimates run lower for most people and no guideline has set PREVENT thresholds yet.';

/** AHA PREVENT base equations: 10-year risk of total cardiovascular disease (and of ASCVD). */
export const cvdPreventModule = defineDiseaseModule({
  id: 'cvd-prevent',
  disease: { id: 'cardiovascular', name: 'Cardiovascular disease' },
  name: 'AHA PREVENT (10-year total CVD risk, base model)',
  version: '1.0.0',
  kind: 'equation',
  audience: 'patient',
  description:
    'Probability of a first cardiovascular event (heart attack, stroke or heart failure) and of ASCVD within 10 years for adults 30–79 without cardiovascular disease, from the race-free AHA PREVENT base equations with kidney function (Khan 2024).',
  inputs: preventInputs,
  settings: preventSettings,
  inputInfo: {
    ...INFO,
    systolicBpMmHg: { ...INFO.systolicBpMmHg, help: 'PREVENT accepts 90–180 mm Hg.' },
    onStatin: { ...INFO.onStatin, help: 'Statin use is in the PREVENT equations.' },
    egfr: {
      label: 'eGFR',
      question: 'What was your last kidney function result (eGFR)?',
      unit: 'mL/min/{1.73_m2}',
      sources: [{ kind: 'egfr' }],
      help: 'From the latest eGFR result, or CKD-EPI 2021 from the latest creatinine.',
    },
    knownCvd: {
      label: 'Known cardiovascular disease',
      question: 'Have you ever had a heart attack, angina, heart failure, a stroke or a mini-stroke (TIA)?',
      unit: null,
      sources: knownDiseaseSources({
        kind: 'condition',
        snomed: [...ASCVD_SNOMED, '84114007'],
        icd10Prefixes: [...ASCVD_ICD10, 'I50'],
      }),
    },
  },
  references: [REFERENCE.khan, REFERENCE.grundy, REFERENCE.arnett],
  assess(values, options): AssessedResult | NotApplicableResult {
    if (values.knownCvd)
      return notApplicable(
        'Known cardiovascular disease (ASCVD or heart failure): PREVENT is for people without it.',
        KNOWN_DISEASE_MEANING,
      );
    if (values.ageYears < 30 || values.ageYears > 79)
      return notApplicable(
        `PREVENT is for ages 30–79; this person is ${values.ageYears}.`,
        'This heart risk calculator is made for people aged 30 to 79, so it does not fit your age.',
      );
    const equationInputs = { ...values, currentSmoker: values.smoking === 'current' };
    const risk = preventRisk(equationInputs, 'total-cvd');
    const ascvdRisk = preventRisk(equationInputs, 'ascvd');
    const parts = preventContributions(equationInputs, 'total-cvd');
    const category = ascvdRiskCategory(risk, {
      borderline: options.borderlineRisk,
      intermediate: options.intermediateRisk,
      high: options.highRisk,
    });
    const findings = statinFindings({
      ageYears: values.ageYears,
      diabetes: values.diabetes,
      ldlMgDl: values.ldlMgDl,
      ascvdRisk,
      riskName: 'PREVENT 10-year ASCVD risk',
      caveat: PREVENT_THRESHOLD_CAVEAT,
    });
    const inStatinGroup = findings.some((finding) => finding.verdict === 'meets');
    const discussStatin =
      !values.onStatin && (inStatinGroup || category === 'intermediate' || category === 'high');
    const bands = `${percent(options.borderlineRisk)} / ${percent(options.intermediateRisk)} / ${percent(options.highRisk)}`;
    const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');
    return {
      status: 'assessed',
      outcome: 'first cardiovascular event (ASCVD or heart failure)',
      probability: risk,
      horizonYears: 10,
      score: null,
      category,
      categoryLabel: `${CATEGORY_LABELS[category].split(' (')[0]} (total CVD cut points ${bands})`,
      needsReview: category === 'high' || discussStatin,
      contributions: onScale('log-odds', [
        { input: 'ageYears', label: 'Age', value: `${values.ageYears} years`, effect: parts.age },
        {
          input: 'totalCholesterolMgDl',
          label: 'Non-HDL cholesterol',
          value: `${(values.totalCholesterolMgDl - values.hdlMgDl).toFixed(0)} mg/dL`,
          effect: parts.nonHdl,
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
          value: `${values.systolicBpMmHg.toFixed(0)} mm Hg`,
          effect: parts.systolicBp,
        },
        { input: 'diabetes', label: 'Diabetes', value: yesNo(values.diabetes), effect: parts.diabetes },
        {
          input: 'smoking',
          label: 'Smoking',
          value: INFO.smoking.options[values.smoking],
          effect: parts.smoking,
        },
        {
          input: 'egfr',
          label: 'eGFR',
          value: `${values.egfr.toFixed(0)} mL/min/1.73 m²`,
          effect: parts.egfr,
        },
        {
          input: 'onBpTreatment',
          label: 'Blood pressure treatment',
          value: yesNo(values.onBpTreatment),
          effect: parts.bpTreatment,
        },
        { input: 'onStatin', label: 'Statin', value: yesNo(values.onStatin), effect: parts.statin },
      ]),
      findings,
      recommendations: clinicianAdvice(ascvdRiskCategory(ascvdRisk)),
      suggested: {
        condition: null,
        serviceRequests:
          values.ldlMgDl === undefined && (category !== 'low' || values.diabetes)
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
      warnings: [
        'Risk categories use the ACC/AHA 2018/2019 cut points by default; they were set for the Pooled Cohort Equations, and PREVENT estimates run lower.',
      ],
      summary: `PREVENT base 10-year total CVD risk ${percent(risk)} (${category}); ASCVD ${percent(ascvdRisk)}.`,
      plainLanguage: {
        meaning: `Out of 100 people with results like yours, ${outOf100(risk)} would have a heart attack, a stroke or heart failure in the next 10 years.`,
        whatYouCanDo: patientAdvice(values, discussStatin),
      },
    };
  },
});
