import { describe, expect, it } from 'vitest';
import { jsonDifferences } from './compare.ts';

describe('jsonDifferences', () => {
  it('accepts numbers within the tolerance and names the path of each difference', () => {
    const recorded = { auc: { mean: 0.8312345 }, features: [{ name: 'bmi', sd: 6.9 }], n: 768 };
    expect(
      jsonDifferences(
        recorded,
        { auc: { mean: 0.8312349 }, features: [{ name: 'bmi', sd: 6.9 }], n: 768 },
        1e-6,
      ),
    ).toEqual([]);
    expect(
      jsonDifferences(
        recorded,
        { auc: { mean: 0.8313 }, features: [{ name: 'BMI', sd: 6.9 }], n: 768 },
        1e-6,
      ),
    ).toEqual([
      'auc.mean: recorded 0.8312345, reproduced 0.8313',
      'features[0].name: recorded "bmi", reproduced "BMI"',
    ]);
  });

  it('reports missing keys, length changes and type changes', () => {
    expect(jsonDifferences({ a: 1 }, { b: 1 }, 1e-6)).toEqual([
      'a: recorded, not reproduced',
      'b: not recorded, reproduced 1',
    ]);
    expect(jsonDifferences([1, 2], [1], 1e-6)).toEqual(['(root): recorded 2 items, reproduced 1']);
    expect(jsonDifferences({ a: null }, { a: 0 }, 1e-6)).toEqual(['a: recorded null, reproduced 0']);
  });
});
