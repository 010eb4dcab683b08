import { describe, expect, it } from 'vitest';
import {
  PREVENT_BASE_10Y,
  type PreventInputs,
  preventContributions,
  preventRisk,
  preventTerms,
} from './prevent.ts';

/**
 * Khan 2024 supplement Table S12 example (as asserted in bcjaeger/PooledCohort tests and the
 * preventr tests/README): 50 y, TC 200, HDL 45, SBP 160 on BP medicine, diabetes, non-smoker,
 * eGFR 90, BMI 35 (heart-failure model only), no statin.
 */
function tableS12(sex: 'female' | 'male', changes: Partial<PreventInputs> = {}): PreventInputs {
  return {
    ageYears: 50,
    sex,
    totalCholesterolMgDl: 200,
    hdlMgDl: 45,
    systolicBpMmHg: 160,
    diabetes: true,
    currentSmoker: false,
    egfr: 90,
    onBpTreatment: true,
    onStatin: false,
    ...changes,
  };
}

describe('PREVENT base 10-year equations (Khan 2024)', () => {
  it('reproduces Table S12 total CVD: women 0.1468, men 0.1632 (4 dp)', () => {
    expect(preventRisk(tableS12('female'), 'total-cvd')).toBeCloseTo(0.1468, 4);
    expect(preventRisk(tableS12('male'), 'total-cvd')).toBeCloseTo(0.1632, 4);
  });

  it('reproduces Table S12 ASCVD: women 0.0920, men 0.1019 (4 dp)', () => {
    expect(preventRisk(tableS12('female'), 'ascvd')).toBeCloseTo(0.092, 4);
    expect(preventRisk(tableS12('male'), 'ascvd')).toBeCloseTo(0.1019, 4);
  });

  it('gives the constant alone at the reference profile (age 55, non-HDL 3.5, HDL 1.3 mmol/L, SBP 130, eGFR 90)', () => {
    const hdlMgDl = 1.3 / 0.02586;
    const reference: PreventInputs = {
      ageYears: 55,
      sex: 'female',
      totalCholesterolMgDl: hdlMgDl + 3.5 / 0.02586,
      hdlMgDl,
      systolicBpMmHg: 130,
      diabetes: false,
      currentSmoker: false,
      egfr: 90,
      onBpTreatment: false,
      onStatin: false,
    };
    const constant = PREVENT_BASE_10Y['total-cvd'].female.constant;
    expect(preventRisk(reference, 'total-cvd')).toBeCloseTo(1 / (1 + Math.exp(3.307728)), 10);
    expect(constant).toBe(-3.307728);
  });

  it('uses the low eGFR piece below 60 and the high piece above it', () => {
    const low = preventTerms(tableS12('male', { egfr: 45 }), 'total-cvd');
    expect(low.egfrBelow60).toBeCloseTo(0.5378979 * 1, 10);
    expect(low.egfrAbove60).toBeCloseTo(0.0164827 * 2, 10);
    expect(low.ageByEgfrBelow60).toBeCloseTo(-0.1543702 * -0.5 * 1, 10);
    const high = preventTerms(tableS12('male', { egfr: 105 }), 'total-cvd');
    expect(high.egfrBelow60).toBeCloseTo(0, 12);
    expect(high.egfrAbove60).toBeCloseTo(0.0164827 * -1, 10);
  });

  it('raises risk with lower eGFR, smoking and higher blood pressure', () => {
    const base = preventRisk(tableS12('female'), 'total-cvd');
    expect(preventRisk(tableS12('female', { egfr: 40 }), 'total-cvd')).toBeGreaterThan(base);
    expect(preventRisk(tableS12('female', { currentSmoker: true }), 'total-cvd')).toBeGreaterThan(base);
    expect(preventRisk(tableS12('female', { systolicBpMmHg: 175 }), 'total-cvd')).toBeGreaterThan(base);
  });

  it('splits the log-odds into contributions that add up to x − constant', () => {
    const inputs = tableS12('male', { currentSmoker: true, onStatin: true, egfr: 50 });
    for (const outcome of ['total-cvd', 'ascvd'] as const) {
      const risk = preventRisk(inputs, outcome);
      const logOdds = Math.log(risk / (1 - risk));
      const parts = Object.values(preventContributions(inputs, outcome)).reduce(
        (sum, value) => sum + value,
        0,
      );
      expect(parts).toBeCloseTo(logOdds - PREVENT_BASE_10Y[outcome].male.constant, 10);
    }
  });

  it('rejects an HDL at or above total cholesterol', () => {
    expect(() => preventRisk(tableS12('female', { hdlMgDl: 200 }), 'ascvd')).toThrow(RangeError);
  });
});
