import { z } from 'zod';
import { defineDiseaseModule, type InputInfo, type RiskCategory } from '../disease-module.ts';
import { percent, rangeWarnings, toContributions, validationSentence } from './learned-result.ts';
import { parseLogisticModel, predictLogistic } from './logistic-model.ts';
import artifact from './models/lung-cancer-survey.model.json' with { type: 'json' };

/** The survey model's artifact, checked when the module loads. */
export const lungCancerSurveyModel = parseLogisticModel(artifact);

const REFERENCES = [
  {
    id: 'kaggle-survey-lung-cancer',
    citation:
      'Bhat MA. Lung Cancer (survey lung cancer) data set: 309 answers to an online lung cancer prediction survey, self-reported diagnoses. Kaggle; licence not stated.',
    url: 'https://www.kaggle.com/datasets/mysarahmadbhat/lung-cancer',
  },
  {
    id: 'model-card-lung-cancer-survey',
    citation:
      'LifeCare Nexus model card: survey lung cancer logistic model (models/lung-cancer-survey/MODEL_CARD.md), with the cross-validated metrics and limitations.',
  },
  {
    id: 'nice-ng12',
    citation: 'NICE guideline NG12. Suspected cancer: recognition and referral. 2015, last updated 2023.',
    url: 'https://www.nice.org.uk/guidance/ng12',
  },
  {
    id: 'uspstf-2021',
    citation:
      'US Preventive Services Task Force. Screening for lung cancer: US Preventive Services Task Force recommendation statement. JAMA 2021;325(10):962-970.',
    url: 'https://doi.org/10.1001/jama.2021.1117',
  },
];

/** The survey's yes/no items other than smoking, as module inputs (the same names as the model's features). */
const SURVEY_ITEMS = {
  yellowFingers: ['Yellow fingers', 'Does the patient have yellow (nicotine-stained) fingers?'],
  anxiety: ['Anxiety', 'Does the patient have anxiety?'],
  peerPressure: ['Peer pressure', 'Does the patient report peer pressure (the survey item, e.g. to smoke)?'],
  chronicDisease: ['Chronic disease', 'Does the patient have a chronic disease?'],
  fatigue: ['Fatigue', 'Does the patient have fatigue?'],
  allergy: ['Allergy', 'Does the patient have an allergy?'],
  wheezing: ['Wheezing', 'Does the patient wheeze?'],
  alcohol: ['Alcohol consumption', 'Does the patient drink alcohol?'],
  coughing: ['Coughing', 'Does the patient have a cough?'],
  shortnessOfBreath: ['Shortness of breath', 'Is the patient short of breath?'],
  swallowingDifficulty: ['Swallowing difficulty', 'Does the patient have difficulty swallowing?'],
  chestPain: ['Chest pain', 'Does the patient have chest pain?'],
} as const;

type SurveyItem = keyof typeof SURVEY_ITEMS;
const ITEM_KEYS = Object.keys(SURVEY_ITEMS) as SurveyItem[];

const inputs = z.object({
  ageYears: z.number().int().min(18).max(110),
  sex: z.enum(['male', 'female']),
  smoking: z.enum(['current', 'former', 'never']),
  yellowFingers: z.boolean(),
  anxiety: z.boolean(),
  peerPressure: z.boolean(),
  chronicDisease: z.boolean(),
  fatigue: z.boolean(),
  allergy: z.boolean(),
  wheezing: z.boolean(),
  alcohol: z.boolean(),
  coughing: z.boolean(),
  shortnessOfBreath: z.boolean(),
  swallowingDifficulty: z.boolean(),
  chestPain: z.boolean(),
});

const settings = z.object({
  /** Display bands on the model's score; not clinical thresholds (the score is not a population risk). */
  lowScoreBelow: z.number().gt(0).lt(1).default(0.5),
  highScoreFrom: z.number().gt(0).lt(1).default(0.9),
});

const ASKED_HELP =
  'Asked: the symptoms form records symptoms as one multi-answer list, which cannot be read item by item.';

function itemInfo(item: SurveyItem): InputInfo {
  const [label, question] = SURVEY_ITEMS[item];
  if (item === 'alcohol')
    return {
      label,
      question,
      unit: null,
      sources: [{ kind: 'questionnaire', linkId: 'alcohol.any' }],
      help: 'From "Do you drink alcohol?" in the symptoms and history form, else asked. The survey item was a plain yes/no.',
    };
  return { label, question, unit: null, sources: [], help: `${ASKED_HELP} Survey coding: yes or no.` };
}

const NG12_SYMPTOMS = ['coughing', 'fatigue', 'shortnessOfBreath', 'chestPain'] as const;

/** Experimental logistic model learned from a self-reported online survey; decision support for clinicians only. */
export const lungCancerSurveyModule = defineDiseaseModule({
  id: 'lung-cancer-survey-model',
  disease: { id: 'lung-cancer', name: 'Lung cancer' },
  name: 'Survey lung cancer model (experimental, learned)',
  version: lungCancerSurveyModel.version,
  kind: 'learned',
  audience: 'clinician',
  description: `Experimental ridge logistic regression learned from ${lungCancerSurveyModel.training.rowsUsed} unique answers to an online lung cancer survey (Kaggle; ${percent(lungCancerSurveyModel.training.positives / lungCancerSurveyModel.training.rowsUsed)} reported lung cancer). It scores how much a patient’s answers resemble those of respondents who reported lung cancer. It is not a population risk, a screening tool or a diagnosis.`,
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
    },
    smoking: {
      label: 'Smoking',
      question: 'Does the patient smoke now, used to smoke, or never smoked?',
      unit: null,
      sources: [{ kind: 'smoking-status' }],
      options: { current: 'Current smoker', former: 'Former smoker', never: 'Never smoked' },
      help: 'The survey asked a plain yes/no about smoking; current and former smoking are both scored as yes.',
    },
    ...(Object.fromEntries(ITEM_KEYS.map((item) => [item, itemInfo(item)])) as Record<SurveyItem, InputInfo>),
  },
  references: REFERENCES,
  assess(values, options) {
    const model = lungCancerSurveyModel;
    const prediction = predictLogistic(model, {
      male: values.sex === 'male' ? 1 : 0,
      ageYears: values.ageYears,
      smoking: values.smoking === 'never' ? 0 : 1,
      ...Object.fromEntries(ITEM_KEYS.map((item) => [item, values[item] ? 1 : 0])),
    });
    const score = prediction.probability;
    const category: RiskCategory =
      score >= options.highScoreFrom ? 'high' : score >= options.lowScoreBelow ? 'intermediate' : 'low';
    const categoryLabel = {
      high: 'High survey-model score (experimental)',
      intermediate: 'Intermediate survey-model score (experimental)',
      low: 'Low survey-model score (experimental)',
      borderline: 'Borderline survey-model score (experimental)',
      'very-high': 'Very high survey-model score (experimental)',
    }[category];
    const prevalence = model.training.positives / model.training.rowsUsed;
    const everSmoked = values.smoking !== 'never';
    const ng12Count = NG12_SYMPTOMS.filter((item) => values[item]).length;
    const ng12Pattern = values.ageYears >= 40 && (ng12Count >= 2 || (everSmoked && ng12Count >= 1));
    const describe = (feature: string, value: number) =>
      feature === 'ageYears' ? `${value} years` : String(value);
    return {
      status: 'assessed',
      outcome: model.outcome,
      probability: score,
      horizonYears: null,
      score: null,
      category,
      categoryLabel,
      needsReview: false,
      contributions: toContributions(
        prediction,
        (feature) => (feature === 'male' ? 'sex' : feature),
        (feature, value) => {
          if (feature === 'male') return values.sex;
          if (feature === 'ageYears') return `${value} years`;
          if (feature === 'smoking')
            return everSmoked ? `${values.smoking} smoker (scored as yes)` : 'never smoked';
          return value === 1 ? 'yes' : 'no';
        },
      ),
      findings: [],
      recommendations: [
        {
          text: ng12Pattern
            ? 'Cough, fatigue, shortness of breath or chest pain are recorded at age 40 or over: if they are unexplained, NICE NG12 advises an urgent chest X-ray (two or more such symptoms, or one in someone who has ever smoked). Apply that rule, not this score.'
            : 'Assess respiratory symptoms clinically; NICE NG12 gives the symptom rules for an urgent chest X-ray. This score does not rule lung cancer in or out.',
          audience: 'clinician',
          reference: 'nice-ng12',
        },
        {
          text: 'Screening eligibility needs pack-years and years since quitting (USPSTF 2021: age 50–80, at least 20 pack-years, current or quit within 15 years); this survey model cannot decide it.',
          audience: 'clinician',
          reference: 'uspstf-2021',
        },
      ],
      suggested: { condition: null, serviceRequests: [], followUpMonths: null },
      warnings: [
        `Experimental model from a self-selected online survey with self-reported diagnoses, in which ${percent(prevalence)} of respondents reported lung cancer. The score is a resemblance to that sample, not this patient’s probability of having or developing lung cancer, and it cannot estimate population risk.`,
        'Associations in this survey (for example anxiety, peer pressure, allergy or alcohol) are not established risk factors, and the model says nothing about cause.',
        validationSentence(model),
        ...(values.smoking === 'former'
          ? [
              'Former smoking was scored as a yes to the survey’s yes/no smoking item, which may have meant current smoking only.',
            ]
          : []),
        ...rangeWarnings(model, prediction, describe),
      ],
      summary: `Experimental survey model score ${percent(score)} (the training survey’s rate was ${percent(prevalence)}); not a population risk of lung cancer.`,
      plainLanguage: {
        meaning:
          'This is an experimental calculation for your care team, based on answers to an online survey. It cannot tell you your chance of having or getting lung cancer.',
        whatYouCanDo: [
          'Tell your doctor about a cough that lasts more than three weeks, coughing up blood, chest pain, or getting short of breath more easily.',
          'If you smoke, stopping is the best thing you can do for your lungs; your care team can help.',
        ],
      },
    };
  },
});
