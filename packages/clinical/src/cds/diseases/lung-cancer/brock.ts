/**
 * Brock University (PanCan) probability that a pulmonary nodule is malignant: the full model with
 * spiculation (McWilliams A, Tammemagi MC, Mayo JR, et al. Probability of cancer in pulmonary nodules
 * detected on first screening CT. N Engl J Med 2013;369:910–9), the model the BTS 2015 guideline uses.
 *   logit = −6.7892 + 0.0287·(age − 62) + 0.6011·female + 0.2961·family history + 0.2953·emphysema
 *         − 5.3854·((size/10)^−0.5 − 1.58113883) + type (part-solid 0.377, non-solid −0.1276)
 *         + 0.6581·upper lobe − 0.0824·(count − 4) + 0.7729·spiculation
 * The size is centred at 4 mm after the power transform ((4/10)^−0.5 = √2.5); 4 mm is not subtracted
 * from the size first, as one widely read summary says. Not the Mayo Clinic model (intercept −6.8272),
 * and not McWilliams' no-spiculation model (intercept −6.8071): neither set is mixed in here.
 */

export const BROCK_NODULE_TYPES = ['solid', 'part-solid', 'nonsolid'] as const;
export type BrockNoduleType = (typeof BROCK_NODULE_TYPES)[number];

export const BROCK_COEFFICIENTS = {
  source:
    'McWilliams et al., N Engl J Med 2013;369:910-9, full model with spiculation (4-dp set, as in two independent calculators)',
  intercept: -6.7892,
  agePerYear: 0.0287,
  female: 0.6011,
  familyHistoryOfLungCancer: 0.2961,
  emphysema: 0.2953,
  /** Multiplies (size/10)^−0.5 − 1.58113883. */
  noduleSize: -5.3854,
  noduleType: { solid: 0, 'part-solid': 0.377, nonsolid: -0.1276 },
  upperLobe: 0.6581,
  noduleCountPerNodule: -0.0824,
  spiculation: 0.7729,
  centre: { ageYears: 62, transformedSize: 1.58113883, noduleCount: 4 },
} as const;

export type BrockInputs = {
  ageYears: number;
  sex: 'male' | 'female';
  familyHistoryOfLungCancer: boolean;
  /** Emphysema seen on the CT. */
  emphysema: boolean;
  /** Nodule diameter in mm. */
  noduleSizeMm: number;
  noduleType: BrockNoduleType;
  upperLobe: boolean;
  /** All nodules on the scan, this one included (at least 1). */
  noduleCount: number;
  spiculation: boolean;
};

export type BrockTerms = {
  age: number;
  sex: number;
  familyHistoryOfLungCancer: number;
  emphysema: number;
  noduleSize: number;
  noduleType: number;
  upperLobe: number;
  noduleCount: number;
  spiculation: number;
};

/** Each term's log-odds relative to the reference nodule (62-year-old man, one of 4 solid 4 mm lower-lobe nodules). */
export function brockTerms(inputs: BrockInputs): BrockTerms {
  if (!Number.isFinite(inputs.noduleSizeMm) || inputs.noduleSizeMm <= 0)
    throw new RangeError('the Brock model needs a nodule size above 0 mm');
  if (!Number.isInteger(inputs.noduleCount) || inputs.noduleCount < 1)
    throw new RangeError('the Brock model needs a nodule count of at least 1');
  const c = BROCK_COEFFICIENTS;
  return {
    age: c.agePerYear * (inputs.ageYears - c.centre.ageYears),
    sex: inputs.sex === 'female' ? c.female : 0,
    familyHistoryOfLungCancer: inputs.familyHistoryOfLungCancer ? c.familyHistoryOfLungCancer : 0,
    emphysema: inputs.emphysema ? c.emphysema : 0,
    noduleSize: c.noduleSize * ((inputs.noduleSizeMm / 10) ** -0.5 - c.centre.transformedSize),
    noduleType: c.noduleType[inputs.noduleType],
    upperLobe: inputs.upperLobe ? c.upperLobe : 0,
    noduleCount: c.noduleCountPerNodule * (inputs.noduleCount - c.centre.noduleCount),
    spiculation: inputs.spiculation ? c.spiculation : 0,
  };
}

export function brockLogOdds(inputs: BrockInputs): number {
  return Object.values(brockTerms(inputs)).reduce((sum, term) => sum + term, BROCK_COEFFICIENTS.intercept);
}

/** Probability (0–1) that the nodule is malignant. */
export function brockProbability(inputs: BrockInputs): number {
  return 1 / (1 + Math.exp(-brockLogOdds(inputs)));
}
