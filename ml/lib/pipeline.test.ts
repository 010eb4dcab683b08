import { describe, expect, it } from 'vitest';
import { crossValidate } from './evaluate.ts';
import { fitPipeline, type PipelineSpec, predictPipeline, selectLambda } from './pipeline.ts';
import { syntheticRows } from './synthetic.test-data.ts';

const SPEC: PipelineSpec = {
  imputeColumns: [0],
  indicatorColumns: [],
  lambdaGrid: [0.1, 1, 10],
  innerFolds: 3,
};

describe('the imputation → standardisation → ridge pipeline', () => {
  const { rows, y } = syntheticRows(150, 11);

  it('chooses λ reproducibly from the grid and reports every candidate', () => {
    const first = selectLambda(rows, y, SPEC, 5);
    expect(selectLambda(rows, y, SPEC, 5)).toEqual(first);
    expect(SPEC.lambdaGrid).toContain(first.lambda);
    expect(first.losses.map((entry) => entry.lambda)).toEqual([0.1, 1, 10]);
    const best = Math.min(...first.losses.map((entry) => entry.logLoss));
    expect(first.losses.find((entry) => entry.lambda === first.lambda)?.logLoss).toBe(best);
  });

  it('recovers the direction of the signal and fills a gap with the training median', () => {
    const model = fitPipeline(rows, y, SPEC, 5);
    expect(model.fit.coefficients[0] as number).toBeGreaterThan(0.8);
    expect(Math.abs(model.fit.coefficients[1] as number)).toBeLessThan(0.5);
    const median = model.imputer.medians[0] as number;
    expect(predictPipeline(model, [[null, 0.3]])).toEqual(predictPipeline(model, [[median, 0.3]]));
  });
});

describe('repeated stratified cross-validation', () => {
  it('is deterministic for a seed and finds the signal', () => {
    const { rows, y } = syntheticRows(150, 11);
    const config = { folds: 3, repeats: 2, seed: 99 };
    const result = crossValidate(rows, y, SPEC, config);
    expect(crossValidate(rows, y, SPEC, config)).toEqual(result);
    expect(result.auc.mean).toBeGreaterThan(0.7);
    expect(result.auc.ci95Lower).toBeLessThan(result.auc.mean);
    expect(result.auc.ci95Upper).toBeGreaterThan(result.auc.mean);
    expect(result.reliability.reduce((sum, bin) => sum + bin.count, 0)).toBe(2 * 150);
    expect(result.lambdas.reduce((sum, entry) => sum + entry.folds, 0)).toBe(2 * 3);
  });

  it('does not find signal in noise (nothing leaks from the held-out rows)', () => {
    const { rows, y } = syntheticRows(150, 12);
    const noise = rows.map((row) => [row[1] ?? null]);
    const result = crossValidate(noise, y, { ...SPEC, imputeColumns: [] }, { folds: 3, repeats: 2, seed: 3 });
    expect(result.auc.mean).toBeLessThan(0.62);
  });
});
