import { describe, expect, it } from 'vitest';
import {
  ADA_RISK_TEST_MAX_POINTS,
  type AdaRiskTestInputs,
  adaItemPoints,
  adaRiskTestScore,
  isAdaHighRisk,
} from './ada-risk-test.ts';

const zero: AdaRiskTestInputs = {
  ageYears: 35,
  sex: 'female',
  gestationalDiabetes: false,
  familyDiabetesFirstDegree: false,
  highBloodPressure: false,
  physicallyActive: true,
  bmi: 22,
  asianAmerican: false,
};

const points = (changes: Partial<AdaRiskTestInputs>) => adaItemPoints({ ...zero, ...changes });

/** BMI from the paper form's height/weight chart (pounds, inches). */
const bmiOf = (pounds: number, inches: number) => (pounds * 0.45359237) / (inches * 0.0254) ** 2;

// Points from the CDC "how your test is scored" page and the ADA paper form (spec §7).
describe('ADA Diabetes Risk Test item points (Bang 2009)', () => {
  it('scores age <40: 0, 40–49: 1, 50–59: 2, 60 or older: 3', () => {
    expect([39, 40, 49, 50, 59, 60].map((ageYears) => points({ ageYears }).age)).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('scores men 1 and women 0; gestational diabetes 1 for women only', () => {
    expect(points({ sex: 'male' }).sex).toBe(1);
    expect(points({}).sex).toBe(0);
    expect(points({ gestationalDiabetes: true }).gestationalDiabetes).toBe(1);
    expect(points({ sex: 'male', gestationalDiabetes: true }).gestationalDiabetes).toBe(0);
  });

  it('scores a parent or sibling with diabetes 1, high blood pressure 1, not being active 1', () => {
    expect(points({ familyDiabetesFirstDegree: true }).familyHistory).toBe(1);
    expect(points({ highBloodPressure: true }).highBloodPressure).toBe(1);
    expect(points({ physicallyActive: false }).physicalActivity).toBe(1);
  });

  it('scores weight by BMI <25: 0, 25–29.9: 1, 30–39.9: 2, 40 or more: 3', () => {
    expect([24.9, 25, 29.9, 30, 39.9, 40].map((bmi) => points({ bmi }).weight)).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('uses the Asian American cut-offs <23 / 23–27 / 28–36 / 37 or more', () => {
    const asian = (bmi: number) => points({ bmi, asianAmerican: true }).weight;
    expect([22.9, 23, 27.9, 28, 36.9, 37].map(asian)).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('agrees with the paper chart inside its bands at 5 ft 10 in (174–208 lb: 1, 209–277: 2, 278+: 3)', () => {
    // The chart's rounded pound edges sit slightly below each BMI edge, so check inside the bands.
    expect(points({ bmi: bmiOf(160, 70) }).weight).toBe(0);
    expect(points({ bmi: bmiOf(190, 70) }).weight).toBe(1);
    expect(points({ bmi: bmiOf(240, 70) }).weight).toBe(2);
    expect(points({ bmi: bmiOf(300, 70) }).weight).toBe(3);
  });

  it('reaches the maximum of 10 for a man and for a woman with gestational diabetes', () => {
    const worst = {
      ageYears: 65,
      familyDiabetesFirstDegree: true,
      highBloodPressure: true,
      physicallyActive: false,
      bmi: 41,
      asianAmerican: false,
    };
    expect(adaRiskTestScore({ ...worst, sex: 'male', gestationalDiabetes: false })).toBe(10);
    expect(adaRiskTestScore({ ...worst, sex: 'female', gestationalDiabetes: true })).toBe(10);
    expect(ADA_RISK_TEST_MAX_POINTS).toBe(10);
  });

  it('calls 5 or more high risk', () => {
    expect(isAdaHighRisk(4)).toBe(false);
    expect(isAdaHighRisk(5)).toBe(true);
    // Man 52 (2 + 1), BMI 31 (2): 5 points.
    expect(adaRiskTestScore({ ...zero, sex: 'male', ageYears: 52, bmi: 31 })).toBe(5);
  });
});
