import { z } from 'zod';
import { LOINC } from '../../codes/code-systems.ts';
import { defineDiseaseModule, type GuidelineFinding, type RiskCategory } from '../disease-module.ts';
import { percent, rangeWarnings, toContributions, validationSentence } from './learned-result.ts';
import { parseLogisticModel, predictLogistic } from './logistic-model.ts';
import artifact from './models/pima-diabetes.model.json' with { type: 'json' };

/** The Pima model's artifact, checked when the module loads. */
export const pimaDiabetesModel = parseLogisticModel(artifact);

/** Glucose [Mass/volume] in Serum or Plasma --2 hours post 75 g glucose PO: the measurement Pima recorded. */
export const LOINC_GLUCOSE_2H_OGTT = '1518-0';

/** ADA 2024 / WHO 2-hour OGTT thresholds, mg/dL. */
const OGTT_DIABETES_MG_DL = 200;
const OGTT_IMPAIRED_MG_DL = 140;

const REFERENCES = [
  {
    id: 'smith-1988',
    citation:
      'Smith JW, Everhart JE, Dickson WC, Knowler WC, Johannes RS. Using the ADAP learning algorithm to forecast the onset of diabetes mellitus. Proc Annu Symp Comput Appl Med Care 1988:261-265 (the Pima Indians Diabetes Database, NIDDK, via the UCI repository).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2245318/',
  },
  {
    id: 'model-card-pima-diabetes',
    citation:
      'LifeCare Nexus model card: Pima diabetes logistic model (models/pima-diabetes/MODEL_CARD.md), with the cross-validated metrics and limitations.',
  },
  {
    id: 'ada-2024',
    citation:
      'American Diabetes Association Professional Practice Committee. 2. Diagnosis and classification of diabetes: Standards of Care in Diabetes—2024. Diabetes Care 2024;47(Suppl 1):S20-S42.',
    url: 'https://doi.org/10.2337/dc24-S002',
  },
];

const inputs = z.object({
  ageYears: z.number().int().min(21).max(110),
  sex: z.enum(['male', 'female']),
  /** Not asked for men, for whom the model does not apply. */
  pregnancies: z.number().int().min(0).max(30).optional(),
  glucoseMgDl: z.number().min(20).max(800),
  diastolicBpMmHg: z.number().min(20).max(160),
  bmi: z.number().min(10).max(90),
});

const settings = z.object({
  /** Display bands on the model's probability, calibrated to the Pima cohort only. */
  intermediateFrom: z.number().gt(0).lt(1).default(0.2),
  highFrom: z.number().gt(0).lt(1).default(0.5),
});

function ogttFinding(glucoseMgDl: number): GuidelineFinding {
  const value = `2-hour OGTT glucose ${glucoseMgDl.toFixed(0)} mg/dL`;
  if (glucoseMgDl >= OGTT_DIABETES_MG_DL)
    return {
      guideline: 'ADA Standards of Care 2024: diagnosis of diabetes',
      verdict: 'meets',
      summary: 'At or above the diagnostic threshold for diabetes',
      reasons: [
        `${value} ≥ ${OGTT_DIABETES_MG_DL} mg/dL`,
        'Without unequivocal hyperglycaemia, confirm with a second abnormal result (same or another test).',
      ],
      reference: 'ada-2024',
    };
  return {
    guideline: 'ADA Standards of Care 2024: diagnosis of diabetes',
    verdict: 'does-not-meet',
    summary:
      glucoseMgDl >= OGTT_IMPAIRED_MG_DL
        ? 'Impaired glucose tolerance (prediabetes)'
        : 'Below the diagnostic thresholds',
    reasons: [
      glucoseMgDl >= OGTT_IMPAIRED_MG_DL
        ? `${value} is ${OGTT_IMPAIRED_MG_DL}–${OGTT_DIABETES_MG_DL - 1} mg/dL`
        : `${value} < ${OGTT_IMPAIRED_MG_DL} mg/dL`,
    ],
    reference: 'ada-2024',
  };
}

const UNITS: Record<string, string> = {
  glucoseMgDl: 'mg/dL',
  diastolicBpMmHg: 'mm Hg',
  bmi: 'kg/m²',
  ageYears: 'years',
};
const shown = (feature: string, value: number) =>
  feature === 'pregnancies'
    ? `${value} pregnancies`
    : `${Number(value.toFixed(1))} ${UNITS[feature] ?? ''}`.trim();

/** Experimental logistic model learned from the Pima cohort (adult women of Pima heritage); clinician decision support. */
export const pimaDiabetesModule = defineDiseaseModule({
  id: 'diabetes-pima-model',
  disease: { id: 'type-2-diabetes', name: 'Type 2 diabetes' },
  name: 'Pima diabetes model (experimental, learned)',
  version: pimaDiabetesModel.version,
  kind: 'learned',
  audience: 'clinician',
  description: `Experimental ridge logistic regression learned from the Pima Indians Diabetes Database (${pimaDiabetesModel.training.rowsUsed} women of Pima heritage aged 21 or over, Arizona; ${percent(pimaDiabetesModel.training.positives / pimaDiabetesModel.training.rowsUsed)} with diabetes). Probability of diabetes by WHO criteria from pregnancies, 2-hour OGTT glucose, diastolic blood pressure, BMI and age. Applies to adult women only, and is calibrated to that cohort alone.`,
  inputs,
  settings,
  inputInfo: {
    ageYears: { label: 'Age', question: 'How old is the patient?', unit: 'a', sources: [{ kind: 'age' }] },
    sex: {
      label: 'Sex',
      question: 'What sex was the patient assigned at birth?',
      unit: null,
      sources: [{ kind: 'sex' }],
      options: { male: 'Male', female: 'Female' },
      help: 'The model was trained on women only; it does not apply to men.',
    },
    pregnancies: {
      label: 'Pregnancies',
      question: 'How many times has the patient been pregnant?',
      unit: null,
      sources: [],
      help: 'Number of pregnancies (not births), as the Pima study recorded it.',
      askWhen: (known) => known.sex !== 'male',
    },
    glucoseMgDl: {
      label: '2-hour OGTT plasma glucose',
      question: 'What was the plasma glucose 2 hours after a 75 g oral glucose tolerance test?',
      unit: 'mg/dL',
      sources: [{ kind: 'observation', loinc: [LOINC_GLUCOSE_2H_OGTT], unit: 'mg/dL' }],
      help: `The model was trained on 2-hour OGTT glucose. A fasting (LOINC ${LOINC.glucoseFasting}) or random (${LOINC.glucose}) glucose is a different measurement, usually lower, and would understate the risk, so it is not filled in. mmol/L × 18.016 = mg/dL.`,
    },
    diastolicBpMmHg: {
      label: 'Diastolic blood pressure',
      question: 'What was the latest diastolic blood pressure?',
      unit: 'mm[Hg]',
      sources: [{ kind: 'observation', loinc: [LOINC.diastolic], unit: 'mm[Hg]' }],
    },
    bmi: {
      label: 'Body mass index',
      question: 'What is the latest body mass index?',
      unit: 'kg/m2',
      sources: [{ kind: 'observation', loinc: [LOINC.bmi], unit: 'kg/m2' }],
    },
  },
  references: REFERENCES,
  assess(values, options) {
    if (values.sex === 'male')
      return {
        status: 'not-applicable',
        reason: 'The Pima model was trained on women only; it does not apply to men.',
        plainLanguage: {
          meaning: 'This diabetes calculator was developed only in women, so it cannot be used for you.',
          whatYouCanDo: ['Ask your care team whether a blood sugar or HbA1c test is due.'],
        },
      };
    if (values.pregnancies === undefined)
      return {
        status: 'not-applicable',
        reason: 'The Pima model needs the number of pregnancies.',
        plainLanguage: {
          meaning: 'This calculator needs to know how many times you have been pregnant.',
          whatYouCanDo: ['Tell your care team how many times you have been pregnant.'],
        },
      };
    const model = pimaDiabetesModel;
    const prediction = predictLogistic(model, {
      pregnancies: values.pregnancies,
      glucoseMgDl: values.glucoseMgDl,
      diastolicBpMmHg: values.diastolicBpMmHg,
      bmi: values.bmi,
      ageYears: values.ageYears,
    });
    const probability = prediction.probability;
    const meetsDiagnosticThreshold = values.glucoseMgDl >= OGTT_DIABETES_MG_DL;
    const category: RiskCategory = meetsDiagnosticThreshold
      ? 'very-high'
      : probability >= options.highFrom
        ? 'high'
        : probability >= options.intermediateFrom
          ? 'intermediate'
          : 'low';
    const categoryLabel = {
      'very-high': '2-hour glucose at the diagnostic threshold for diabetes',
      high: 'High (experimental, Pima cohort calibration)',
      intermediate: 'Intermediate (experimental, Pima cohort calibration)',
      borderline: 'Borderline (experimental, Pima cohort calibration)',
      low: 'Low (experimental, Pima cohort calibration)',
    }[category];
    const prevalence = model.training.positives / model.training.rowsUsed;
    return {
      status: 'assessed',
      outcome: model.outcome,
      probability,
      horizonYears: null,
      score: null,
      category,
      categoryLabel,
      needsReview: false,
      contributions: toContributions(prediction, (feature) => feature, shown),
      findings: [ogttFinding(values.glucoseMgDl)],
      recommendations: [
        {
          text: 'Diagnose diabetes on the ADA criteria (HbA1c ≥ 6.5%, fasting glucose ≥ 126 mg/dL or 2-hour OGTT glucose ≥ 200 mg/dL, confirmed unless hyperglycaemia is unequivocal), not on this probability.',
          audience: 'clinician',
          reference: 'ada-2024',
        },
      ],
      suggested: { condition: null, serviceRequests: [], followUpMonths: null },
      warnings: [
        `Experimental model from one cohort: ${model.training.rowsUsed} women of Pima heritage aged 21 or over near Phoenix, Arizona, ${percent(prevalence)} of whom had diabetes. The probability is calibrated to that cohort only and is not transportable to other populations, to men or to people under 21 without recalibration.`,
        'The outcome was defined by the same 2-hour OGTT (≥ 200 mg/dL at a study examination or in routine care), so the model partly restates the glucose value; it mixes existing and new cases and has no time horizon.',
        validationSentence(model),
        ...rangeWarnings(model, prediction, shown),
      ],
      summary: `Experimental Pima model: ${percent(probability)} probability of diabetes by WHO criteria (cohort rate ${percent(prevalence)}); ${ogttFinding(values.glucoseMgDl).summary.toLowerCase()}.`,
      plainLanguage: {
        meaning:
          'This is an experimental calculation for your care team, developed in one group of women in Arizona. It is not a diagnosis and may not fit you well.',
        whatYouCanDo: [
          'Ask your care team whether a blood sugar or HbA1c test is due.',
          'Being active on most days and keeping to a healthy weight lower the chance of type 2 diabetes.',
        ],
      },
    };
  },
});
