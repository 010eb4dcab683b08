import { sumOfTerms } from '../../disease-module.ts';
/**
 * ACC/AHA 2013 Pooled Cohort Equations (Goff et al., Circulation 2014;129(25 Suppl 2):S49–S73,
 * Table A): 10-year risk of a first hard ASCVD event (coronary death, non-fatal myocardial
 * infarction, fatal or non-fatal stroke) for adults 40–79 without ASCVD, by sex and race.
 *   S = Σ β·X over ln(age), ln(age)², ln(TC), ln(HDL), ln(SBP) (treated or untreated) and their
 *       products with ln(age), current smoking, diabetes
 *   risk = 1 − S0(10) ^ exp(S − mean S)
 * Other races use the white equations, as the guideline advises.
 */

export type PceSex = 'female' | 'male';
/** The two race groups the equations were derived for; other races use `white`. */
export type PceRaceEquation = 'white' | 'african-american';
export type PceGroup = `${PceRaceEquation}-${PceSex}`;

/** β for each term; 0 where the group's equation has no such term. */
export type PceCoefficients = {
  lnAge: number;
  lnAgeSquared: number;
  lnTotalCholesterol: number;
  lnAgeByLnTotalCholesterol: number;
  lnHdl: number;
  lnAgeByLnHdl: number;
  lnTreatedSbp: number;
  lnAgeByLnTreatedSbp: number;
  lnUntreatedSbp: number;
  lnAgeByLnUntreatedSbp: number;
  currentSmoker: number;
  lnAgeByCurrentSmoker: number;
  diabetes: number;
  /** Mean of Σ β·X in the derivation cohort. */
  meanSum: number;
  /** Baseline 10-year survival S0(10). */
  baselineSurvival: number;
};

export type PceTerm = Exclude<keyof PceCoefficients, 'meanSum' | 'baselineSurvival'>;

export type PceCoefficientSet = {
  id: 'table-a' | 'acc-aha-estimator';
  label: string;
  source: string;
  groups: Readonly<Record<PceGroup, PceCoefficients>>;
};

const WHITE_FEMALE_TERMS = {
  lnAge: -29.799,
  lnAgeSquared: 4.884,
  lnTotalCholesterol: 13.54,
  lnAgeByLnTotalCholesterol: -3.114,
  lnHdl: -13.578,
  lnAgeByLnHdl: 3.149,
  lnTreatedSbp: 2.019,
  lnAgeByLnTreatedSbp: 0,
  lnUntreatedSbp: 1.957,
  lnAgeByLnUntreatedSbp: 0,
  currentSmoker: 7.574,
  lnAgeByCurrentSmoker: -1.665,
  diabetes: 0.661,
} as const satisfies Record<PceTerm, number>;

const WHITE_MALE_TERMS = {
  lnAge: 12.344,
  lnAgeSquared: 0,
  lnTotalCholesterol: 11.853,
  lnAgeByLnTotalCholesterol: -2.664,
  lnHdl: -7.99,
  lnAgeByLnHdl: 1.769,
  lnTreatedSbp: 1.797,
  lnAgeByLnTreatedSbp: 0,
  lnUntreatedSbp: 1.764,
  lnAgeByLnUntreatedSbp: 0,
  currentSmoker: 7.837,
  lnAgeByCurrentSmoker: -1.795,
  diabetes: 0.658,
} as const satisfies Record<PceTerm, number>;

const AFRICAN_AMERICAN_MALE_TERMS = {
  lnAge: 2.469,
  lnAgeSquared: 0,
  lnTotalCholesterol: 0.302,
  lnAgeByLnTotalCholesterol: 0,
  lnHdl: -0.307,
  lnAgeByLnHdl: 0,
  lnTreatedSbp: 1.916,
  lnAgeByLnTreatedSbp: 0,
  lnUntreatedSbp: 1.809,
  lnAgeByLnUntreatedSbp: 0,
  currentSmoker: 0.549,
  lnAgeByCurrentSmoker: 0,
  diabetes: 0.645,
} as const satisfies Record<PceTerm, number>;

/** Goff 2013 Table A as printed (3 decimals; means to 2, S0 to 4). */
export const PCE_TABLE_A: PceCoefficientSet = {
  id: 'table-a',
  label: 'Goff 2013 Table A (as printed)',
  source: 'Goff DC Jr et al. 2013 ACC/AHA risk assessment guideline, Table A',
  groups: {
    'white-female': { ...WHITE_FEMALE_TERMS, meanSum: -29.18, baselineSurvival: 0.9665 },
    'african-american-female': {
      lnAge: 17.114,
      lnAgeSquared: 0,
      lnTotalCholesterol: 0.94,
      lnAgeByLnTotalCholesterol: 0,
      lnHdl: -18.92,
      lnAgeByLnHdl: 4.475,
      lnTreatedSbp: 29.291,
      lnAgeByLnTreatedSbp: -6.432,
      lnUntreatedSbp: 27.82,
      lnAgeByLnUntreatedSbp: -6.087,
      currentSmoker: 0.691,
      lnAgeByCurrentSmoker: 0,
      diabetes: 0.874,
      meanSum: 86.61,
      baselineSurvival: 0.9533,
    },
    'white-male': { ...WHITE_MALE_TERMS, meanSum: 61.18, baselineSurvival: 0.9144 },
    'african-american-male': { ...AFRICAN_AMERICAN_MALE_TERMS, meanSum: 19.54, baselineSurvival: 0.8954 },
  },
};

/**
 * The higher-precision constants of the ACC/AHA online estimator lineage (means and S0 to 4–5
 * decimals, African American women's coefficients to 4), as carried by the Cerner ASCVD SMART app
 * and the PooledCohort R package. Differs from Table A by up to ~0.13 percentage points.
 */
export const PCE_ESTIMATOR: PceCoefficientSet = {
  id: 'acc-aha-estimator',
  label: 'ACC/AHA estimator (higher-precision constants)',
  source:
    'ACC/AHA ASCVD risk estimator constants (cerner/ascvd-risk-calculator, bcjaeger/PooledCohort); other coefficients as Goff 2013 Table A',
  groups: {
    'white-female': { ...WHITE_FEMALE_TERMS, meanSum: -29.1817, baselineSurvival: 0.96652 },
    'african-american-female': {
      lnAge: 17.1141,
      lnAgeSquared: 0,
      lnTotalCholesterol: 0.9396,
      lnAgeByLnTotalCholesterol: 0,
      lnHdl: -18.9196,
      lnAgeByLnHdl: 4.4748,
      lnTreatedSbp: 29.2907,
      lnAgeByLnTreatedSbp: -6.4321,
      lnUntreatedSbp: 27.8197,
      lnAgeByLnUntreatedSbp: -6.0873,
      currentSmoker: 0.6908,
      lnAgeByCurrentSmoker: 0,
      diabetes: 0.8738,
      meanSum: 86.6081,
      baselineSurvival: 0.95334,
    },
    'white-male': { ...WHITE_MALE_TERMS, meanSum: 61.1816, baselineSurvival: 0.91436 },
    'african-american-male': { ...AFRICAN_AMERICAN_MALE_TERMS, meanSum: 19.5425, baselineSurvival: 0.89536 },
  },
};

export type PceInputs = {
  ageYears: number;
  sex: PceSex;
  race: PceRaceEquation;
  totalCholesterolMgDl: number;
  hdlMgDl: number;
  systolicBpMmHg: number;
  onBpTreatment: boolean;
  currentSmoker: boolean;
  diabetes: boolean;
};

export function pceGroup(sex: PceSex, race: PceRaceEquation): PceGroup {
  return `${race}-${sex}`;
}

/** Each term's β·X, the "individual sum" of Table A broken down. */
export function pceTerms(inputs: PceInputs, set: PceCoefficientSet = PCE_ESTIMATOR): Record<PceTerm, number> {
  const beta = set.groups[pceGroup(inputs.sex, inputs.race)];
  const lnAge = Math.log(inputs.ageYears);
  const lnTc = Math.log(inputs.totalCholesterolMgDl);
  const lnHdl = Math.log(inputs.hdlMgDl);
  const lnSbp = Math.log(inputs.systolicBpMmHg);
  const treated = inputs.onBpTreatment ? 1 : 0;
  const smoker = inputs.currentSmoker ? 1 : 0;
  return {
    lnAge: beta.lnAge * lnAge,
    lnAgeSquared: beta.lnAgeSquared * lnAge * lnAge,
    lnTotalCholesterol: beta.lnTotalCholesterol * lnTc,
    lnAgeByLnTotalCholesterol: beta.lnAgeByLnTotalCholesterol * lnAge * lnTc,
    lnHdl: beta.lnHdl * lnHdl,
    lnAgeByLnHdl: beta.lnAgeByLnHdl * lnAge * lnHdl,
    lnTreatedSbp: beta.lnTreatedSbp * lnSbp * treated,
    lnAgeByLnTreatedSbp: beta.lnAgeByLnTreatedSbp * lnAge * lnSbp * treated,
    lnUntreatedSbp: beta.lnUntreatedSbp * lnSbp * (1 - treated),
    lnAgeByLnUntreatedSbp: beta.lnAgeByLnUntreatedSbp * lnAge * lnSbp * (1 - treated),
    currentSmoker: beta.currentSmoker * smoker,
    lnAgeByCurrentSmoker: beta.lnAgeByCurrentSmoker * lnAge * smoker,
    diabetes: beta.diabetes * (inputs.diabetes ? 1 : 0),
  };
}

function sumOf(terms: Record<PceTerm, number>): number {
  return sumOfTerms(terms);
}

export type PceResult = {
  /** 10-year hard ASCVD risk as a fraction (0–1). */
  riskFraction: number;
  /** Σ β·X (Table A's "individual sum"). */
  individualSum: number;
  meanSum: number;
  baselineSurvival: number;
  group: PceGroup;
  coefficientSet: PceCoefficientSet['id'];
};

export function pceRisk(inputs: PceInputs, set: PceCoefficientSet = PCE_ESTIMATOR): PceResult {
  const positive = [inputs.ageYears, inputs.totalCholesterolMgDl, inputs.hdlMgDl, inputs.systolicBpMmHg];
  if (!positive.every((value) => value > 0))
    throw new RangeError('the Pooled Cohort Equations need a positive age, cholesterol and blood pressure');
  const group = pceGroup(inputs.sex, inputs.race);
  const { meanSum, baselineSurvival } = set.groups[group];
  const individualSum = sumOf(pceTerms(inputs, set));
  return {
    riskFraction: 1 - baselineSurvival ** Math.exp(individualSum - meanSum),
    individualSum,
    meanSum,
    baselineSurvival,
    group,
    coefficientSet: set.id,
  };
}

/**
 * The ACC/AHA estimator's "optimal" risk factors (TC 170, HDL 50, SBP 110 untreated, non-smoker,
 * no diabetes): the reference each modifiable factor's contribution is measured from.
 */
export const PCE_OPTIMAL_PROFILE = {
  totalCholesterolMgDl: 170,
  hdlMgDl: 50,
  systolicBpMmHg: 110,
  onBpTreatment: false,
  currentSmoker: false,
  diabetes: false,
} as const satisfies Partial<PceInputs>;

export type PceContributions = {
  age: number;
  totalCholesterol: number;
  hdl: number;
  systolicBp: number;
  smoking: number;
  diabetes: number;
};

/**
 * Log-hazard contributions that add up to S − mean S: each modifiable factor's terms (with its
 * age interaction) minus the same terms at the optimal value for this person's age, and age as
 * the log hazard ratio of a person of this age with optimal factors against the cohort mean.
 */
export function pceContributions(
  inputs: PceInputs,
  set: PceCoefficientSet = PCE_ESTIMATOR,
): PceContributions {
  const actual = pceTerms(inputs, set);
  const optimal = pceTerms({ ...inputs, ...PCE_OPTIMAL_PROFILE }, set);
  const delta = (...terms: PceTerm[]) =>
    terms.reduce((total, term) => total + actual[term] - optimal[term], 0);
  return {
    age: sumOf(optimal) - set.groups[pceGroup(inputs.sex, inputs.race)].meanSum,
    totalCholesterol: delta('lnTotalCholesterol', 'lnAgeByLnTotalCholesterol'),
    hdl: delta('lnHdl', 'lnAgeByLnHdl'),
    systolicBp: delta('lnTreatedSbp', 'lnAgeByLnTreatedSbp', 'lnUntreatedSbp', 'lnAgeByLnUntreatedSbp'),
    smoking: delta('currentSmoker', 'lnAgeByCurrentSmoker'),
    diabetes: delta('diabetes'),
  };
}
