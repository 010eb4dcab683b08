import { z } from 'zod';
import { LOINC } from '../../../codes/code-systems.ts';
import { AGE_INPUT } from '../../common-inputs.ts';
import type { InputInfo } from '../../disease-module.ts';
import { PLCOM2012_EDUCATION_LEVELS, PLCOM2012_RACE_GROUPS } from './plcom2012.ts';

/** Answers of the symptoms-and-history form's ethnicity question → the model's groups. */
const RACE_ANSWERS = {
  white: 'white',
  black: 'black',
  hispanic: 'hispanic',
  asian: 'asian',
  'american-indian-alaska-native': 'american-indian-alaska-native',
  'pacific-islander': 'native-hawaiian-pacific-islander',
  'mixed-or-other': 'other-or-not-stated',
  'prefer-not-to-say': 'other-or-not-stated',
} as const;
export const RACE_OPTIONS = [...PLCOM2012_RACE_GROUPS, 'other-or-not-stated'] as const;

const isEverSmoker = (known: Readonly<Record<string, unknown>>) =>
  known.smokingStatus === 'current' || known.smokingStatus === 'former';
const isFormerSmoker = (known: Readonly<Record<string, unknown>>) => known.smokingStatus === 'former';

// Prior non-melanoma skin cancer (C44) is left out: it is rarely what "had cancer" means in a self-report.
// Z85 (personal history of malignant neoplasm) is counted as well.
const CANCER_ICD10_PREFIXES = [
  ...['C0', 'C1', 'C2', 'C3', 'C40', 'C41', 'C43', 'C45', 'C46', 'C47', 'C48', 'C49', 'C4A'],
  ...['C5', 'C6', 'C7', 'C8', 'C9', 'Z85'],
];

export const PLCOM_REQUIRED_FOR_SMOKERS = [
  'smokingDurationYears',
  'bmi',
  'education',
  'race',
  'copd',
  'personalHistoryOfCancer',
  'familyHistoryOfLungCancer',
] as const;

/** Only age and smoking status are needed for everyone; the rest are required (by the refinement) for smokers. */
export const plcom2012Inputs = z
  .object({
    ageYears: z.number().int().min(18).max(100),
    smokingStatus: z.enum(['current', 'former', 'never']),
    cigarettesPerDay: z.number().gt(0).max(200).optional(),
    smokingDurationYears: z.number().min(0).max(90).optional(),
    packYears: z.number().min(0).max(300).optional(),
    yearsSinceQuitting: z.number().min(0).max(90).optional(),
    bmi: z.number().min(12).max(80).optional(),
    education: z.enum(PLCOM2012_EDUCATION_LEVELS).optional(),
    race: z.enum(RACE_OPTIONS).optional(),
    copd: z.boolean().optional(),
    personalHistoryOfCancer: z.boolean().optional(),
    familyHistoryOfLungCancer: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.smokingStatus === 'never') return;
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    for (const key of PLCOM_REQUIRED_FOR_SMOKERS)
      if (value[key] === undefined) issue(key, 'required for current and former smokers');
    if (value.cigarettesPerDay === undefined && !(value.packYears !== undefined && value.packYears > 0))
      issue('cigarettesPerDay', 'cigarettes per day (or pack-years above 0) are required for smokers');
    if (value.cigarettesPerDay === undefined && value.smokingDurationYears === 0)
      issue('cigarettesPerDay', 'needed when the years smoked is 0');
    if (value.smokingStatus === 'former' && value.yearsSinceQuitting === undefined)
      issue('yearsSinceQuitting', 'required for former smokers');
    const quit = value.smokingStatus === 'former' ? (value.yearsSinceQuitting ?? 0) : 0;
    if ((value.smokingDurationYears ?? 0) + quit > value.ageYears)
      issue('smokingDurationYears', 'years smoked plus years since quitting cannot be more than the age');
  });

export const plcom2012Settings = z
  .object({
    /** Tammemägi 2014 (PLoS Med): 6-year risk ≥ 1.51%, the ILST entry criterion. */
    screeningThreshold: z.number().gt(0).lt(1).default(0.0151),
    /** Display band only, not a published cut-off: risks this far above the threshold are flagged very high. */
    veryHighRiskThreshold: z.number().gt(0).lt(1).default(0.05),
  })
  .refine((value) => value.veryHighRiskThreshold > value.screeningThreshold, {
    path: ['veryHighRiskThreshold'],
    message: 'must be above the screening threshold',
  });

export type Plcom2012ModuleInputs = z.infer<typeof plcom2012Inputs>;

/** Labels, questions and record sources (best first) of the PLCOm2012 module's inputs. */
export const plcom2012InputInfo: Record<keyof Plcom2012ModuleInputs, InputInfo> = {
  ageYears: AGE_INPUT,
  smokingStatus: {
    label: 'Smoking status',
    question: 'Do you smoke now, did you smoke in the past, or have you never smoked?',
    unit: null,
    sources: [
      { kind: 'smoking-status' },
      {
        kind: 'questionnaire',
        linkId: 'smoking.status',
        values: { 'current-every-day': 'current', 'current-some-days': 'current', former: 'former' },
      },
      { kind: 'questionnaire', linkId: 'smoking.ever', values: { false: 'never' } },
    ],
    options: { current: 'Smokes now', former: 'Used to smoke', never: 'Never smoked' },
    help: 'The model is for people who have smoked; for never-smokers it does not apply.',
  },
  cigarettesPerDay: {
    label: 'Cigarettes per day',
    question: 'On a usual day, how many cigarettes do you (or did you) smoke?',
    unit: '/d',
    sources: [{ kind: 'questionnaire', linkId: 'smoking.cigarettes-per-day' }],
    help: 'The average over all the years smoked. Derived from pack-years when only those are recorded.',
    askWhen: (known) =>
      isEverSmoker(known) && (known.packYears === undefined || known.smokingDurationYears === undefined),
  },
  smokingDurationYears: {
    label: 'Years smoked',
    question: 'For how many years have you smoked in all? Leave out any years when you had stopped.',
    unit: 'a',
    sources: [
      { kind: 'observation', loinc: [LOINC.tobaccoUseDurationYears], unit: 'a' },
      { kind: 'questionnaire', linkId: 'smoking.years-smoked' },
    ],
    askWhen: isEverSmoker,
  },
  packYears: {
    label: 'Pack-years',
    question: 'How many pack-years have you smoked (packs a day × years)?',
    unit: '{pack-years}',
    sources: [{ kind: 'observation', loinc: [LOINC.packYears], unit: '{pack-years}' }],
    help: 'For USPSTF 2021. When not recorded: cigarettes per day ÷ 20 × years smoked.',
    askWhen: (known) => isEverSmoker(known) && known.cigarettesPerDay === undefined,
  },
  yearsSinceQuitting: {
    label: 'Years since quitting',
    question: 'How many years ago did you stop smoking?',
    unit: 'a',
    sources: [{ kind: 'questionnaire', linkId: 'smoking.years-since-quitting' }],
    help: 'Only for former smokers; current smokers count as 0.',
    askWhen: isFormerSmoker,
  },
  bmi: {
    label: 'Body-mass index',
    question: 'What is your body-mass index (BMI)?',
    unit: 'kg/m2',
    sources: [{ kind: 'observation', loinc: [LOINC.bmi], unit: 'kg/m2', maxAgeDays: 3 * 365 }],
    help: 'Latest BMI from the last 3 years.',
    askWhen: isEverSmoker,
  },
  education: {
    label: 'Education',
    question: 'What is the highest level of education you have completed?',
    unit: null,
    sources: [
      {
        kind: 'questionnaire',
        linkId: 'background.education',
        values: Object.fromEntries(PLCOM2012_EDUCATION_LEVELS.map((level) => [level, level])),
      },
    ],
    options: {
      'less-than-high-school': 'Less than high school (level 1)',
      'high-school-graduate': 'High-school graduate (level 2)',
      'post-high-school-training': 'Post-high-school training (level 3)',
      'some-college': 'Some college (level 4)',
      'college-graduate': 'College graduate (level 5)',
      postgraduate: 'Postgraduate or professional (level 6)',
    },
    askWhen: isEverSmoker,
  },
  race: {
    label: 'Race/ethnicity',
    question: 'Which of these best describes your ethnic background?',
    unit: null,
    sources: [{ kind: 'questionnaire', linkId: 'background.ethnicity', values: RACE_ANSWERS }],
    options: {
      white: 'White',
      black: 'Black',
      hispanic: 'Hispanic',
      asian: 'Asian',
      'american-indian-alaska-native': 'American Indian or Alaska Native',
      'native-hawaiian-pacific-islander': 'Native Hawaiian or Pacific Islander',
      'other-or-not-stated': 'Mixed, other or not stated',
    },
    help: 'The model has six groups. "Mixed, other or not stated" is calculated with the reference group (White, no adjustment), because the model has no group for it and asking again would override a choice not to say; the result then shows the range across all six groups.',
    askWhen: isEverSmoker,
  },
  copd: {
    label: 'COPD',
    question: 'Have you ever had COPD, emphysema or chronic bronchitis?',
    unit: null,
    sources: [
      {
        kind: 'condition',
        snomed: ['13645005', '87433001', '63480004'],
        icd10Prefixes: ['J41', 'J42', 'J43', 'J44'],
      },
      { kind: 'questionnaire', linkId: 'history.copd' },
    ],
    help: 'Self-reported COPD, emphysema or chronic bronchitis, as in PLCO.',
    askWhen: isEverSmoker,
  },
  personalHistoryOfCancer: {
    label: 'Personal history of cancer',
    question: 'Have you ever had cancer?',
    unit: null,
    sources: [
      {
        kind: 'condition',
        snomed: ['363346000', '93880001', '254637007', '254632001', '93761005', '254837009', '399068003'],
        icd10Prefixes: CANCER_ICD10_PREFIXES,
      },
      { kind: 'questionnaire', linkId: 'history.cancer' },
    ],
    help: 'Any earlier cancer. From the record, skin cancers other than melanoma (ICD-10 C44) are not counted.',
    askWhen: isEverSmoker,
  },
  familyHistoryOfLungCancer: {
    label: 'Family history of lung cancer',
    question: 'Has one of your parents, brothers, sisters or children had lung cancer?',
    unit: null,
    sources: [
      { kind: 'condition', snomed: [], icd10Prefixes: ['Z80.1'] },
      { kind: 'questionnaire', linkId: 'family.lung-cancer' },
    ],
    askWhen: isEverSmoker,
  },
};
