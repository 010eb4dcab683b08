import type { Sex } from '../codes/codes.types.ts';

/**
 * Estimated GFR (mL/min/1.73 m²) from serum creatinine by the race-free 2021 CKD-EPI creatinine
 * equation (Inker et al., N Engl J Med 2021;385:1737–49), as recommended by the NKF–ASN task force:
 * 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^age × 1.012 [female],
 * κ = 0.7 (female) / 0.9 (male), α = −0.241 (female) / −0.302 (male). Adults (18+) only.
 */
export function egfrCkdEpi2021(input: { creatinineMgDl: number; ageYears: number; sex: Sex }): number {
  const { creatinineMgDl, ageYears, sex } = input;
  if (!(creatinineMgDl > 0) || ageYears < 18)
    throw new RangeError('CKD-EPI 2021 needs a positive creatinine and an adult age');
  const female = sex === 'female';
  const kappa = female ? 0.7 : 0.9;
  const alpha = female ? -0.241 : -0.302;
  const ratio = creatinineMgDl / kappa;
  return (
    142 * Math.min(ratio, 1) ** alpha * Math.max(ratio, 1) ** -1.2 * 0.9938 ** ageYears * (female ? 1.012 : 1)
  );
}

/**
 * The serum creatinine (mg/dL) that gives a target eGFR by the same equation: the inverse, found by
 * bisection because the equation is strictly decreasing in creatinine.
 */
export function creatinineForEgfr(input: { egfr: number; ageYears: number; sex: Sex }): number {
  let low = 0.05;
  let high = 20;
  for (let step = 0; step < 60; step += 1) {
    const middle = (low + high) / 2;
    if (egfrCkdEpi2021({ creatinineMgDl: middle, ageYears: input.ageYears, sex: input.sex }) > input.egfr)
      low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** KDIGO 2012 GFR category for an eGFR in mL/min/1.73 m². */
export function kdigoGfrCategory(egfr: number): 'G1' | 'G2' | 'G3a' | 'G3b' | 'G4' | 'G5' {
  if (egfr >= 90) return 'G1';
  if (egfr >= 60) return 'G2';
  if (egfr >= 45) return 'G3a';
  if (egfr >= 30) return 'G3b';
  if (egfr >= 15) return 'G4';
  return 'G5';
}
