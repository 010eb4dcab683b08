import { describe, expect, it } from 'vitest';
import { BROCK_COEFFICIENTS, type BrockInputs, brockLogOdds, brockProbability, brockTerms } from './brock.ts';

/** The reference nodule: 62-year-old man, no risk factors, one of 4 solid 4 mm lower-lobe nodules. */
const REFERENCE: BrockInputs = {
  ageYears: 62,
  sex: 'male',
  familyHistoryOfLungCancer: false,
  emphysema: false,
  noduleSizeMm: 4,
  noduleType: 'solid',
  upperLobe: false,
  noduleCount: 4,
  spiculation: false,
};

describe('Brock / PanCan full model with spiculation (McWilliams, NEJM 2013)', () => {
  it('gives logistic(−6.7892) = 0.001125 for the reference nodule (spec §3)', () => {
    expect(brockLogOdds(REFERENCE)).toBeCloseTo(-6.7892, 6);
    expect(brockProbability(REFERENCE)).toBeCloseTo(0.001125, 6);
  });

  // No published input → output example was found (spec §3); these were computed with python3 from
  // the spec's formula and the 4-dp coefficients, independently of this code.
  it.each([
    [
      '65 y woman, emphysema, 10 mm solid, upper lobe, single',
      0.145327,
      { ageYears: 65, sex: 'female', emphysema: true, noduleSizeMm: 10, upperLobe: true, noduleCount: 1 },
    ],
    [
      '70 y woman, family history, emphysema, 15 mm part-solid, upper lobe, single, spiculated',
      0.691257,
      {
        ageYears: 70,
        sex: 'female',
        familyHistoryOfLungCancer: true,
        emphysema: true,
        noduleSizeMm: 15,
        noduleType: 'part-solid',
        upperLobe: true,
        noduleCount: 1,
        spiculation: true,
      },
    ],
    [
      '55 y man, 8 mm non-solid, lower lobe, 3 nodules',
      0.010547,
      { ageYears: 55, noduleSizeMm: 8, noduleType: 'nonsolid', noduleCount: 3 },
    ],
    [
      '60 y man, 12 mm solid, lower lobe, 2 nodules, spiculated',
      0.090297,
      { ageYears: 60, noduleSizeMm: 12, noduleCount: 2, spiculation: true },
    ],
    [
      '75 y woman, all risk factors, 30 mm solid, upper lobe, single, spiculated',
      0.865344,
      {
        ageYears: 75,
        sex: 'female',
        familyHistoryOfLungCancer: true,
        emphysema: true,
        noduleSizeMm: 30,
        upperLobe: true,
        noduleCount: 1,
        spiculation: true,
      },
    ],
    [
      '50 y woman, 20 mm part-solid, upper lobe, 6 nodules',
      0.277843,
      {
        ageYears: 50,
        sex: 'female',
        noduleSizeMm: 20,
        noduleType: 'part-solid',
        upperLobe: true,
        noduleCount: 6,
      },
    ],
    [
      '68 y man, family history, emphysema, 9 mm solid, lower lobe, 10 nodules',
      0.024563,
      { ageYears: 68, familyHistoryOfLungCancer: true, emphysema: true, noduleSizeMm: 9, noduleCount: 10 },
    ],
  ] as const)('%s → %f', (_case, expected, change) => {
    expect(brockProbability({ ...REFERENCE, ...change })).toBeCloseTo(expected, 6);
  });

  it('centres the size after the power transform: 10 mm gives −5.3854 × (1 − √2.5) = +3.1297', () => {
    expect(brockTerms({ ...REFERENCE, noduleSizeMm: 10 }).noduleSize).toBeCloseTo(
      -5.3854 * (1 - Math.sqrt(2.5)),
      7,
    );
    expect(brockTerms({ ...REFERENCE, noduleSizeMm: 10 }).noduleSize).toBeCloseTo(3.129665, 5);
    expect(brockTerms(REFERENCE).noduleSize).toBeCloseTo(0, 7);
  });

  it('is not the Mayo Clinic model (intercept −6.8272) nor the no-spiculation PanCan model (−6.8071)', () => {
    expect(BROCK_COEFFICIENTS.intercept).toBe(-6.7892);
    expect(BROCK_COEFFICIENTS.spiculation).toBe(0.7729);
    expect(BROCK_COEFFICIENTS.noduleType).toEqual({ solid: 0, 'part-solid': 0.377, nonsolid: -0.1276 });
  });

  it('agrees within 5e-4 with the 7-dp coefficients of the French calculator (female and type from the 4-dp set)', () => {
    const inputs: BrockInputs = {
      ageYears: 70,
      sex: 'female',
      familyHistoryOfLungCancer: true,
      emphysema: true,
      noduleSizeMm: 15,
      noduleType: 'part-solid',
      upperLobe: true,
      noduleCount: 1,
      spiculation: true,
    };
    const logit =
      -6.78917 +
      0.0286687 * (70 - 62) +
      0.6011 +
      0.296109 +
      0.2953112 -
      5.385484 * ((15 / 10) ** -0.5 - Math.sqrt(2.5)) +
      0.377 +
      0.6581383 -
      0.0824156 * (1 - 4) +
      0.7729335;
    expect(Math.abs(brockProbability(inputs) - 1 / (1 + Math.exp(-logit)))).toBeLessThan(5e-4);
  });

  it('rejects a size of 0 mm and a nodule count of 0', () => {
    expect(() => brockProbability({ ...REFERENCE, noduleSizeMm: 0 })).toThrow(RangeError);
    expect(() => brockProbability({ ...REFERENCE, noduleCount: 0 })).toThrow(RangeError);
  });
});
