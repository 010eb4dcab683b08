/**
 * ADA Diabetes Risk Test (Bang et al., Ann Intern Med 2009;151:775–783; the ADA/CDC prediabetes risk
 * test): 0–10 points; 5 or more means an increased risk of prediabetes and a high risk of type 2
 * diabetes. The paper form scores weight from a height/weight chart; the BMI bands below reproduce
 * it (<25 / 25–<30 / 30–<40 / ≥40, and <23 / 23–<28 / 28–<37 / ≥37 for Asian Americans), though the
 * chart's rounded pound edges fall a little below each BMI edge.
 */

export type AdaRiskTestInputs = {
  ageYears: number;
  sex: 'female' | 'male';
  /** Only scored for women. */
  gestationalDiabetes: boolean;
  /** Mother, father, sister or brother with diabetes. */
  familyDiabetesFirstDegree: boolean;
  /** Ever diagnosed with high blood pressure. */
  highBloodPressure: boolean;
  physicallyActive: boolean;
  bmi: number;
  asianAmerican: boolean;
};

export const ADA_RISK_TEST_MAX_POINTS = 10;
export const ADA_RISK_TEST_HIGH_RISK_POINTS = 5;

/** Lower BMI edge of the 1-, 2- and 3-point weight bands. */
export const ADA_WEIGHT_BANDS = {
  standard: [25, 30, 40],
  asianAmerican: [23, 28, 37],
} as const;

export type AdaItemPoints = {
  age: number;
  sex: number;
  gestationalDiabetes: number;
  familyHistory: number;
  highBloodPressure: number;
  physicalActivity: number;
  weight: number;
};

export function adaItemPoints(inputs: AdaRiskTestInputs): AdaItemPoints {
  const edges = inputs.asianAmerican ? ADA_WEIGHT_BANDS.asianAmerican : ADA_WEIGHT_BANDS.standard;
  return {
    age: inputs.ageYears < 40 ? 0 : inputs.ageYears < 50 ? 1 : inputs.ageYears < 60 ? 2 : 3,
    sex: inputs.sex === 'male' ? 1 : 0,
    gestationalDiabetes: inputs.sex === 'female' && inputs.gestationalDiabetes ? 1 : 0,
    familyHistory: inputs.familyDiabetesFirstDegree ? 1 : 0,
    highBloodPressure: inputs.highBloodPressure ? 1 : 0,
    physicalActivity: inputs.physicallyActive ? 0 : 1,
    weight: edges.filter((edge) => inputs.bmi >= edge).length,
  };
}

export function adaRiskTestScore(inputs: AdaRiskTestInputs): number {
  return Object.values(adaItemPoints(inputs)).reduce((total, points) => total + points, 0);
}

export function isAdaHighRisk(points: number): boolean {
  return points >= ADA_RISK_TEST_HIGH_RISK_POINTS;
}
