import { describe, expect, it } from 'vitest';
import { applyStandardizer, fitStandardizer } from './standardize.ts';

describe('standardisation', () => {
  it('centres on the mean and scales by the sample SD', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squares 32, sample SD √(32/7).
    const x = [2, 4, 4, 4, 5, 5, 7, 9].map((value) => [value, 3]);
    const standardizer = fitStandardizer(x);
    expect(standardizer.means).toEqual([5, 3]);
    expect(standardizer.sds[0]).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(standardizer.sds[1]).toBe(1); // a constant column maps to 0, not NaN
    expect(applyStandardizer(standardizer, [[5 + Math.sqrt(32 / 7), 3]])[0]?.[0]).toBeCloseTo(1, 12);
    expect(applyStandardizer(standardizer, [[9, 3]])[0]?.[1]).toBe(0);
  });

  it('refuses an empty matrix', () => {
    expect(() => fitStandardizer([])).toThrow(RangeError);
  });
});
