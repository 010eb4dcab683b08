import { describe, expect, it } from 'vitest';
import { applyImputer, fitImputer, median, zeroAsMissing } from './missing.ts';

describe('Pima-style missing values', () => {
  it('reads a zero as missing and anything else as a value', () => {
    expect(zeroAsMissing(0)).toBeNull();
    expect(zeroAsMissing(72)).toBe(72);
  });

  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('learns medians from the training rows only and applies them to new rows', () => {
    // Columns: pregnancies (never imputed), glucose, insulin.
    const training = [
      [1, 100, null],
      [2, null, 80],
      [3, 120, 100],
      [0, 140, null],
    ];
    const imputer = fitImputer(training, [1, 2], [2]);
    expect(imputer.medians).toEqual([null, 120, 90]);
    // A held-out row with extreme values does not move the medians; its gaps get the training ones.
    const test = [
      [5, null, null],
      [6, 999, 999],
    ];
    expect(applyImputer(imputer, test)).toEqual([
      [5, 120, 90, 1],
      [6, 999, 999, 0],
    ]);
    expect(applyImputer(imputer, training).map((row) => row[3])).toEqual([1, 0, 0, 1]);
  });

  it('refuses a gap in a column that is not imputed, and an indicator on one that is not', () => {
    const imputer = fitImputer([[1, 2]], [1]);
    expect(() => applyImputer(imputer, [[null, 2]])).toThrow(/not imputed/);
    expect(() => fitImputer([[1, 2]], [1], [0])).toThrow(/indicator/);
  });
});
