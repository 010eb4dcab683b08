import { describe, expect, it } from 'vitest';
import { repeatSplits, splitsOf, stratifiedFolds } from './cross-validation.ts';
import { createRandom } from './random.ts';

// The survey set's class balance after de-duplication: 38 without, 238 with the outcome.
const y = [...new Array<number>(38).fill(0), ...new Array<number>(238).fill(1)];

describe('stratified k-fold', () => {
  it('keeps each fold within one case of the class ratio', () => {
    const folds = stratifiedFolds(y, 5, createRandom(1));
    for (let fold = 0; fold < 5; fold += 1) {
      const members = y.filter((_, index) => folds[index] === fold);
      const negatives = members.filter((value) => value === 0).length;
      const positives = members.length - negatives;
      expect(negatives === 7 || negatives === 8).toBe(true); // 38 / 5 = 7.6
      expect(positives === 47 || positives === 48).toBe(true); // 238 / 5 = 47.6
      expect(members.length === 55 || members.length === 56).toBe(true);
    }
  });

  it('puts every row in exactly one test fold', () => {
    const splits = splitsOf(stratifiedFolds(y, 5, createRandom(2)), 5);
    const tested = splits.flatMap((split) => split.test).sort((a, b) => a - b);
    expect(tested).toEqual(y.map((_, index) => index));
    for (const split of splits) {
      expect(split.train.length + split.test.length).toBe(y.length);
      expect(split.train.some((index) => split.test.includes(index))).toBe(false);
    }
  });

  it('is reproducible from the seed and repeat, and differs between repeats', () => {
    expect(repeatSplits(y, 5, 9, 0)).toEqual(repeatSplits(y, 5, 9, 0));
    expect(repeatSplits(y, 5, 9, 1)).not.toEqual(repeatSplits(y, 5, 9, 0));
  });

  it('refuses a class with fewer rows than folds', () => {
    expect(() => stratifiedFolds([0, 0, 1, 1, 1, 1, 1], 3, createRandom(1))).toThrow(/class 0 has 2 rows/);
  });
});
