/**
 * FINDRISC, the Finnish Diabetes Risk Score (Lindström & Tuomilehto, Diabetes Care 2003;26:725–731),
 * in the current Finnish Diabetes Association form with the family-history item: 0–26 points for
 * the 10-year risk of type 2 diabetes. Band edges follow the form: "25–30" and "94–102" include both
 * ends, ">30" is strictly greater (a BMI of exactly 30 scores 1 point).
 */

export type FindriscFamilyHistory = 'none' | 'second-degree' | 'first-degree';

export type FindriscInputs = {
  ageYears: number;
  sex: 'female' | 'male';
  bmi: number;
  waistCm: number;
  /** At least 30 minutes of physical activity daily, at work or in leisure time. */
  physicallyActive: boolean;
  /** Vegetables, fruit or berries every day. */
  vegetablesDaily: boolean;
  /** Has ever taken antihypertensive medication regularly. */
  bloodPressureMedicine: boolean;
  /** Ever found to have high blood glucose (health check, illness, pregnancy). */
  highBloodGlucose: boolean;
  /** Grandparent, aunt, uncle or first cousin (second-degree); parent, sibling or own child (first-degree). */
  familyHistory: FindriscFamilyHistory;
};

export const FINDRISC_MAX_POINTS = 26;

export type FindriscItemPoints = {
  age: number;
  bmi: number;
  waist: number;
  physicalActivity: number;
  vegetables: number;
  bloodPressureMedicine: number;
  highBloodGlucose: number;
  familyHistory: number;
};

/** Waist bands by sex: below `lower` 0 points, `lower`–`upper` inclusive 3, above `upper` 4. */
export const FINDRISC_WAIST_CM = {
  male: { lower: 94, upper: 102 },
  female: { lower: 80, upper: 88 },
} as const;

export function findriscItemPoints(inputs: FindriscInputs): FindriscItemPoints {
  const waist = FINDRISC_WAIST_CM[inputs.sex];
  return {
    age: inputs.ageYears < 45 ? 0 : inputs.ageYears < 55 ? 2 : inputs.ageYears < 65 ? 3 : 4,
    bmi: inputs.bmi < 25 ? 0 : inputs.bmi <= 30 ? 1 : 3,
    waist: inputs.waistCm < waist.lower ? 0 : inputs.waistCm <= waist.upper ? 3 : 4,
    physicalActivity: inputs.physicallyActive ? 0 : 2,
    vegetables: inputs.vegetablesDaily ? 0 : 1,
    bloodPressureMedicine: inputs.bloodPressureMedicine ? 2 : 0,
    highBloodGlucose: inputs.highBloodGlucose ? 5 : 0,
    familyHistory: { none: 0, 'second-degree': 3, 'first-degree': 5 }[inputs.familyHistory],
  };
}

export function findriscScore(inputs: FindriscInputs): number {
  return Object.values(findriscItemPoints(inputs)).reduce((total, points) => total + points, 0);
}

export type FindriscBandId = 'low' | 'slightly-elevated' | 'moderate' | 'high' | 'very-high';

export type FindriscBand = {
  id: FindriscBandId;
  label: string;
  minPoints: number;
  maxPoints: number;
  /** The form's approximate 10-year risk of type 2 diabetes for the band. */
  tenYearRisk: number;
  riskText: string;
};

/** The form's bands: <7 low (1 in 100), 7–11 slightly elevated (1 in 25), 12–14 moderate (1 in 6), 15–20 high (1 in 3), >20 very high (1 in 2). */
export const FINDRISC_BANDS: readonly FindriscBand[] = [
  { id: 'low', label: 'Low', minPoints: 0, maxPoints: 6, tenYearRisk: 1 / 100, riskText: '1 in 100' },
  {
    id: 'slightly-elevated',
    label: 'Slightly elevated',
    minPoints: 7,
    maxPoints: 11,
    tenYearRisk: 1 / 25,
    riskText: '1 in 25',
  },
  { id: 'moderate', label: 'Moderate', minPoints: 12, maxPoints: 14, tenYearRisk: 1 / 6, riskText: '1 in 6' },
  { id: 'high', label: 'High', minPoints: 15, maxPoints: 20, tenYearRisk: 1 / 3, riskText: '1 in 3' },
  {
    id: 'very-high',
    label: 'Very high',
    minPoints: 21,
    maxPoints: 26,
    tenYearRisk: 1 / 2,
    riskText: '1 in 2',
  },
];

export function findriscBand(points: number): FindriscBand {
  const band = FINDRISC_BANDS.find(
    (candidate) => points >= candidate.minPoints && points <= candidate.maxPoints,
  );
  if (!band) throw new RangeError(`a FINDRISC total is 0–${FINDRISC_MAX_POINTS}; got ${points}`);
  return band;
}
