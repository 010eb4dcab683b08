import { describe, expect, it } from 'vitest';
import {
  PLCOM2012_COEFFICIENTS,
  type Plcom2012Inputs,
  plcom2012EducationLevel,
  plcom2012LogOdds,
  plcom2012Risk,
  plcom2012Terms,
} from './plcom2012.ts';

/** The centring profile of NEJM 2013 Table 2: every term is 0, so the logit is the constant −4.532506. */
const CENTRE: Plcom2012Inputs = {
  ageYears: 62,
  race: 'white',
  education: 'some-college',
  bmi: 27,
  copd: false,
  personalHistoryOfCancer: false,
  familyHistoryOfLungCancer: false,
  smokingStatus: 'former',
  cigarettesPerDay: 10 / 0.4021541613,
  smokingDurationYears: 27,
  yearsSinceQuitting: 10,
};

describe('PLCOm2012 (Tammemägi, NEJM 2013)', () => {
  it('reproduces the resplab/PLCOm2012 README example: 62 y, White, level 4, BMI 27, former, 80 cig/day × 27 y, quit 10 → 0.01750922', () => {
    const inputs: Plcom2012Inputs = { ...CENTRE, cigarettesPerDay: 80 };
    expect(plcom2012Risk(inputs)).toBeCloseTo(0.01750922, 8);
    expect(plcom2012LogOdds(inputs)).toBeCloseTo(-4.027363, 6);
  });

  it('gives logistic(−4.532506) = 0.0106393 at the centring profile (resplab tests)', () => {
    expect(plcom2012LogOdds(CENTRE)).toBeCloseTo(-4.532506, 9);
    expect(plcom2012Risk(CENTRE)).toBeCloseTo(0.0106393, 7);
    for (const term of Object.values(plcom2012Terms(CENTRE))) expect(term).toBeCloseTo(0, 9);
  });

  it.each([
    ['black', 0.0157037],
    ['hispanic', 0.0050869],
    ['asian', 0.0066989],
    ['native-hawaiian-pacific-islander', 0.0291603],
    // Printed as odds ratio 1 in Table 2.
    ['american-indian-alaska-native', 0.0106393],
  ] as const)('centring profile, race %s → %f (resplab tests)', (race, expected) => {
    expect(plcom2012Risk({ ...CENTRE, race })).toBeCloseTo(expected, 7);
  });

  it('uses the paper’s Hispanic beta −0.7434744, not the −0.734744 typo (which gives 0.0051313)', () => {
    expect(PLCOM2012_COEFFICIENTS.race.hispanic).toBe(-0.7434744);
    expect(plcom2012Risk({ ...CENTRE, race: 'hispanic' })).not.toBeCloseTo(0.0051313, 6);
  });

  // The two ten Haaf profiles are the spec's python3 computations (§1 worked examples), not printed outputs.
  it('reproduces ten Haaf example 1: 70 y, college graduate, BMI 28, family history, former, 15/day × 30 y, quit 20 → 0.0158845', () => {
    const risk = plcom2012Risk({
      ...CENTRE,
      ageYears: 70,
      education: 'college-graduate',
      bmi: 28,
      familyHistoryOfLungCancer: true,
      cigarettesPerDay: 15,
      smokingDurationYears: 30,
      yearsSinceQuitting: 20,
    });
    expect(risk).toBeCloseTo(0.0158845, 7);
    expect(risk).toBeGreaterThanOrEqual(0.0151);
    expect(risk).toBeLessThan(0.017);
  });

  it('reproduces the ten Haaf example person: 55 y, high-school graduate, BMI 23, current, 15/day × 40 y → 0.0132980', () => {
    const risk = plcom2012Risk({
      ...CENTRE,
      ageYears: 55,
      education: 'high-school-graduate',
      bmi: 23,
      smokingStatus: 'current',
      cigarettesPerDay: 15,
      smokingDurationYears: 40,
      yearsSinceQuitting: undefined,
    });
    expect(risk).toBeCloseTo(0.013298, 7);
  });

  it('counts current smokers as 0 years since quitting (+0.308572) whatever is passed, and adds the current-smoker beta', () => {
    const terms = plcom2012Terms({ ...CENTRE, smokingStatus: 'current', yearsSinceQuitting: 12 });
    expect(terms.yearsSinceQuitting).toBeCloseTo(0.308572, 9);
    expect(terms.smokingStatus).toBe(0.2597431);
  });

  it('applies the intensity term to former smokers too: (cpd/10)^−1 centred at 0.4021541613', () => {
    // 10 a day: −1.822606 × (1 − 0.4021541613) = −1.0896374
    expect(plcom2012Terms({ ...CENTRE, cigarettesPerDay: 10 }).smokingIntensity).toBeCloseTo(-1.0896374, 7);
    // 40 a day: −1.822606 × (0.25 − 0.4021541613) = +0.2773171
    expect(plcom2012Terms({ ...CENTRE, cigarettesPerDay: 40 }).smokingIntensity).toBeCloseTo(0.2773171, 7);
  });

  it('codes education 1 (less than high school) to 6 (postgraduate), centred at 4', () => {
    expect(plcom2012EducationLevel('less-than-high-school')).toBe(1);
    expect(plcom2012EducationLevel('postgraduate')).toBe(6);
    expect(plcom2012Terms({ ...CENTRE, education: 'less-than-high-school' }).education).toBeCloseTo(
      0.2438232,
      7,
    );
  });

  it('adds the published betas for COPD, personal cancer history and family history', () => {
    const terms = plcom2012Terms({
      ...CENTRE,
      copd: true,
      personalHistoryOfCancer: true,
      familyHistoryOfLungCancer: true,
    });
    expect(terms.copd).toBe(0.3553063);
    expect(terms.personalHistoryOfCancer).toBe(0.4589971);
    expect(terms.familyHistoryOfLungCancer).toBe(0.587185);
  });

  it('rejects zero cigarettes a day (never-smokers are outside the model) and a former smoker with no quit time', () => {
    expect(() => plcom2012Risk({ ...CENTRE, cigarettesPerDay: 0 })).toThrow(RangeError);
    expect(() => plcom2012Risk({ ...CENTRE, yearsSinceQuitting: undefined })).toThrow(/years since quitting/);
  });
});
