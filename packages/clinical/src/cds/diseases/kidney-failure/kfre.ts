/**
 * Kidney Failure Risk Equation, 4 variables (Tangri et al., JAMA 2011;305:1553–9; recalibrated by
 * region in JAMA 2016;315:164–74): probability of kidney failure (dialysis or transplant) within
 * 2 and 5 years for adults with CKD G3–G5.
 *   lp = −0.2201·(age/10 − 7.036) + 0.2467·(male − 0.5642) − 0.5567·(eGFR/5 − 7.222)
 *        + 0.4510·(ln ACR[mg/g] − 5.137)
 *   risk(t) = 1 − S0(t)^exp(lp)
 */
export const KFRE_COEFFICIENTS = {
  agePerDecade: -0.2201,
  male: 0.2467,
  egfrPer5: -0.5567,
  lnAcr: 0.451,
  centre: { agePerDecade: 7.036, male: 0.5642, egfrPer5: 7.222, lnAcr: 5.137 },
} as const;

/** Baseline survival S0(t) by region (Tangri 2016). */
export const KFRE_BASELINE_SURVIVAL = {
  'north-america': { twoYear: 0.975, fiveYear: 0.924 },
  other: { twoYear: 0.9832, fiveYear: 0.9365 },
} as const;

export type KfreRegion = keyof typeof KFRE_BASELINE_SURVIVAL;

export type KfreInputs = { ageYears: number; sex: 'male' | 'female'; egfr: number; acrMgG: number };

/** Each term of the linear predictor (log hazard relative to the centring profile). */
export function kfreTerms(inputs: KfreInputs) {
  const c = KFRE_COEFFICIENTS;
  return {
    age: c.agePerDecade * (inputs.ageYears / 10 - c.centre.agePerDecade),
    sex: c.male * ((inputs.sex === 'male' ? 1 : 0) - c.centre.male),
    egfr: c.egfrPer5 * (inputs.egfr / 5 - c.centre.egfrPer5),
    acr: c.lnAcr * (Math.log(inputs.acrMgG) - c.centre.lnAcr),
  };
}

export function kfreRisk(inputs: KfreInputs, region: KfreRegion): { twoYear: number; fiveYear: number } {
  if (!(inputs.acrMgG > 0) || !(inputs.egfr > 0)) throw new RangeError('KFRE needs a positive eGFR and ACR');
  const terms = kfreTerms(inputs);
  const hazardRatio = Math.exp(terms.age + terms.sex + terms.egfr + terms.acr);
  const baseline = KFRE_BASELINE_SURVIVAL[region];
  return { twoYear: 1 - baseline.twoYear ** hazardRatio, fiveYear: 1 - baseline.fiveYear ** hazardRatio };
}

/** Albumin-to-creatinine ratio mg/mmol → mg/g (creatinine 113.12 g/mol: × 8.84). */
export function acrMgMmolToMgG(mgPerMmol: number): number {
  return mgPerMmol * 8.84;
}
