import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creatinineForEgfr, egfrCkdEpi2021, kdigoGfrCategory } from './egfr-ckd-epi.ts';

describe('CKD-EPI 2021 creatinine equation (Inker et al., NEJM 2021; NKF eGFR calculator)', () => {
  it('gives the published results for a 50-year-old with creatinine 1.0 mg/dL: 92 (man), 69 (woman)', () => {
    expect(Math.round(egfrCkdEpi2021({ creatinineMgDl: 1.0, ageYears: 50, sex: 'male' }))).toBe(92);
    expect(Math.round(egfrCkdEpi2021({ creatinineMgDl: 1.0, ageYears: 50, sex: 'female' }))).toBe(69);
  });

  it('falls with creatinine and with age', () => {
    const at = (creatinineMgDl: number, ageYears: number) =>
      egfrCkdEpi2021({ creatinineMgDl, ageYears, sex: 'male' });
    expect(at(1.5, 60)).toBeLessThan(at(1.0, 60));
    expect(at(1.0, 80)).toBeLessThan(at(1.0, 40));
    expect(() => egfrCkdEpi2021({ creatinineMgDl: 0, ageYears: 50, sex: 'male' })).toThrow(RangeError);
  });

  it('inverts: the creatinine found for a target eGFR gives that eGFR back', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 8, max: 130, noNaN: true }),
        fc.integer({ min: 18, max: 95 }),
        fc.constantFrom('male' as const, 'female' as const),
        (egfr, ageYears, sex) => {
          const creatinineMgDl = creatinineForEgfr({ egfr, ageYears, sex });
          expect(egfrCkdEpi2021({ creatinineMgDl, ageYears, sex })).toBeCloseTo(egfr, 3);
        },
      ),
    );
  });

  it('classifies per KDIGO 2012 (G3a 45–59, G3b 30–44)', () => {
    expect(kdigoGfrCategory(95)).toBe('G1');
    expect(kdigoGfrCategory(60)).toBe('G2');
    expect(kdigoGfrCategory(59)).toBe('G3a');
    expect(kdigoGfrCategory(44)).toBe('G3b');
    expect(kdigoGfrCategory(14)).toBe('G5');
  });
});
