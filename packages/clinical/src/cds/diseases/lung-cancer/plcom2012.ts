import { sumOfTerms } from '../../disease-module.ts';
/**
 * PLCOm2012: 6-year probability of a lung cancer diagnosis for ever-smokers (Tammemägi MC, Katki HA,
 * Hocking WG, et al. Selection criteria for lung-cancer screening. N Engl J Med 2013;368:728–36,
 * Table 2; the same betas are in supplement Table S3).
 *   logit = −4.532506 + 0.0778868·(age − 62) + race − 0.0812744·(education − 4) − 0.0274194·(BMI − 27)
 *         + 0.3553063·COPD + 0.4589971·personal cancer + 0.587185·family lung cancer
 *         + 0.2597431·current − 1.822606·((cpd/10)^−1 − 0.4021541613)
 *         + 0.0317321·(duration − 27) − 0.0308572·(years quit − 10)      (current smokers: years quit = 0)
 *   risk = logistic(logit)
 * Undefined for never-smokers (the intensity term divides by cigarettes per day).
 */

/** The six self-reported race/ethnicity groups of the model. Named, never numeric: implementations disagree on the codes. */
export const PLCOM2012_RACE_GROUPS = [
  'white',
  'black',
  'hispanic',
  'asian',
  'american-indian-alaska-native',
  'native-hawaiian-pacific-islander',
] as const;
export type Plcom2012Race = (typeof PLCOM2012_RACE_GROUPS)[number];

/** Education levels 1 to 6, in the model's order (level = index + 1). */
export const PLCOM2012_EDUCATION_LEVELS = [
  'less-than-high-school',
  'high-school-graduate',
  'post-high-school-training',
  'some-college',
  'college-graduate',
  'postgraduate',
] as const;
export type Plcom2012Education = (typeof PLCOM2012_EDUCATION_LEVELS)[number];

export const PLCOM2012_COEFFICIENTS = {
  source:
    'Tammemägi et al., N Engl J Med 2013;368:728-36, Table 2 (logistic model betas; = supplement Table S3)',
  intercept: -4.532506,
  agePerYear: 0.0778868,
  race: {
    white: 0,
    black: 0.3944778,
    // −0.7434744 in the paper; the −0.734744 in one widely copied R function is a typo.
    hispanic: -0.7434744,
    asian: -0.466585,
    // Printed as odds ratio 1 (no events in this group).
    'american-indian-alaska-native': 0,
    'native-hawaiian-pacific-islander': 1.027152,
  },
  educationPerLevel: -0.0812744,
  bmiPerKgM2: -0.0274194,
  copd: 0.3553063,
  personalHistoryOfCancer: 0.4589971,
  familyHistoryOfLungCancer: 0.587185,
  currentSmoker: 0.2597431,
  /** Multiplies (cpd/10)^−1 − 0.4021541613. */
  smokingIntensity: -1.822606,
  smokingDurationPerYear: 0.0317321,
  yearsSinceQuittingPerYear: -0.0308572,
  centre: {
    ageYears: 62,
    educationLevel: 4,
    bmi: 27,
    /** (cpd/10)^−1 at the centre, i.e. about 24.87 cigarettes a day. */
    inverseIntensity: 0.4021541613,
    smokingDurationYears: 27,
    yearsSinceQuitting: 10,
  },
} as const;

export type Plcom2012Inputs = {
  ageYears: number;
  race: Plcom2012Race;
  education: Plcom2012Education;
  bmi: number;
  copd: boolean;
  personalHistoryOfCancer: boolean;
  familyHistoryOfLungCancer: boolean;
  smokingStatus: 'current' | 'former';
  /** Average cigarettes per day over the smoking history; must be above 0. */
  cigarettesPerDay: number;
  /** Years smoked in all, leaving out the years stopped. */
  smokingDurationYears: number;
  /** Required for former smokers; ignored (taken as 0) for current smokers. */
  yearsSinceQuitting?: number | undefined;
};

export type Plcom2012Terms = {
  age: number;
  race: number;
  education: number;
  bmi: number;
  copd: number;
  personalHistoryOfCancer: number;
  familyHistoryOfLungCancer: number;
  smokingStatus: number;
  smokingIntensity: number;
  smokingDuration: number;
  yearsSinceQuitting: number;
};

/** The model's education level, 1 (less than high school) to 6 (postgraduate). */
export function plcom2012EducationLevel(education: Plcom2012Education): number {
  return PLCOM2012_EDUCATION_LEVELS.indexOf(education) + 1;
}

/** Years since quitting as the model uses it: 0 for current smokers. */
function quitYears(inputs: Plcom2012Inputs): number {
  if (inputs.smokingStatus === 'current') return 0;
  const years = inputs.yearsSinceQuitting;
  if (years === undefined || !Number.isFinite(years) || years < 0)
    throw new RangeError('PLCOm2012 needs the years since quitting (0 or more) for a former smoker');
  return years;
}

/** Each term's contribution to the log-odds, relative to the model's centring profile. */
export function plcom2012Terms(inputs: Plcom2012Inputs): Plcom2012Terms {
  if (!Number.isFinite(inputs.cigarettesPerDay) || inputs.cigarettesPerDay <= 0)
    throw new RangeError('PLCOm2012 is for ever-smokers: cigarettes per day must be above 0');
  if (!Number.isFinite(inputs.smokingDurationYears) || inputs.smokingDurationYears < 0)
    throw new RangeError('PLCOm2012 needs a smoking duration of 0 years or more');
  const c = PLCOM2012_COEFFICIENTS;
  return {
    age: c.agePerYear * (inputs.ageYears - c.centre.ageYears),
    race: c.race[inputs.race],
    education: c.educationPerLevel * (plcom2012EducationLevel(inputs.education) - c.centre.educationLevel),
    bmi: c.bmiPerKgM2 * (inputs.bmi - c.centre.bmi),
    copd: inputs.copd ? c.copd : 0,
    personalHistoryOfCancer: inputs.personalHistoryOfCancer ? c.personalHistoryOfCancer : 0,
    familyHistoryOfLungCancer: inputs.familyHistoryOfLungCancer ? c.familyHistoryOfLungCancer : 0,
    smokingStatus: inputs.smokingStatus === 'current' ? c.currentSmoker : 0,
    // Applies to every ever-smoker, current or former.
    smokingIntensity: c.smokingIntensity * ((inputs.cigarettesPerDay / 10) ** -1 - c.centre.inverseIntensity),
    smokingDuration: c.smokingDurationPerYear * (inputs.smokingDurationYears - c.centre.smokingDurationYears),
    yearsSinceQuitting: c.yearsSinceQuittingPerYear * (quitYears(inputs) - c.centre.yearsSinceQuitting),
  };
}

export function plcom2012LogOdds(inputs: Plcom2012Inputs): number {
  const terms = plcom2012Terms(inputs);
  return PLCOM2012_COEFFICIENTS.intercept + sumOfTerms(terms);
}

/** Probability (0–1) of a lung cancer diagnosis within 6 years. */
export function plcom2012Risk(inputs: Plcom2012Inputs): number {
  return 1 / (1 + Math.exp(-plcom2012LogOdds(inputs)));
}
