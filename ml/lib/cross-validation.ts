import { createRandom, deriveSeed, type Random, shuffled } from './random.ts';

/**
 * Stratified k-fold assignment: each class is shuffled and dealt round-robin over the folds, so
 * every fold holds each class within one case of its share. Returns the fold (0 … k − 1) of each row.
 */
export function stratifiedFolds(y: readonly number[], folds: number, random: Random): number[] {
  if (!Number.isInteger(folds) || folds < 2) throw new RangeError('need at least 2 folds');
  const classes = [...new Set(y)].sort((a, b) => a - b);
  for (const label of classes) {
    const count = y.filter((value) => value === label).length;
    if (count < folds) throw new RangeError(`class ${label} has ${count} rows, fewer than ${folds} folds`);
  }
  const assignment = new Array<number>(y.length).fill(-1);
  let dealt = 0;
  for (const label of classes) {
    const members = y.flatMap((value, index) => (value === label ? [index] : []));
    for (const index of shuffled(members, random)) {
      assignment[index] = dealt % folds;
      dealt += 1;
    }
  }
  return assignment;
}

export type Split = { train: number[]; test: number[] };

/** The train/test row indices of each fold. */
export function splitsOf(assignment: readonly number[], folds: number): Split[] {
  return Array.from({ length: folds }, (_, fold) => ({
    train: assignment.flatMap((value, index) => (value === fold ? [] : [index])),
    test: assignment.flatMap((value, index) => (value === fold ? [index] : [])),
  }));
}

/** Stratified splits for one repeat of k-fold CV, from a seed derived from the run seed and the repeat. */
export function repeatSplits(y: readonly number[], folds: number, seed: number, repeat: number): Split[] {
  return splitsOf(stratifiedFolds(y, folds, createRandom(deriveSeed(seed, repeat))), folds);
}

export function pick<T>(items: readonly T[], indices: readonly number[]): T[] {
  return indices.map((index) => items[index] as T);
}
