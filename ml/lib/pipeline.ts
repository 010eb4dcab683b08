import { pick, repeatSplits } from './cross-validation.ts';
import { fitLogistic, type LogisticFit, predictProbabilities } from './logistic-regression.ts';
import { logLoss } from './metrics.ts';
import { applyImputer, type FeatureRow, fitImputer, type Imputer } from './missing.ts';
import { applyStandardizer, fitStandardizer, type Standardizer } from './standardize.ts';

/**
 * One model fit as a pipeline: median imputation (and missing indicators) → standardisation →
 * ridge logistic regression, every step learned from the training rows it is given. The ridge λ is
 * chosen by an inner stratified CV on those rows alone, so held-out rows never influence it.
 */
export type PipelineSpec = {
  /** Columns whose nulls are filled with the training median. */
  imputeColumns: readonly number[];
  /** Imputed columns that also get a 0/1 missing indicator. */
  indicatorColumns: readonly number[];
  /** Candidate ridge penalties λ on the standardised scale. */
  lambdaGrid: readonly number[];
  innerFolds: number;
};

export type FittedPipeline = {
  imputer: Imputer;
  standardizer: Standardizer;
  fit: LogisticFit;
  lambda: number;
  /** Pooled inner-CV log loss of each λ in the grid, in grid order. */
  innerLogLoss: { lambda: number; logLoss: number }[];
};

export class PipelineError extends Error {
  readonly code = 'pipeline';
}

function fitAt(rows: readonly FeatureRow[], y: readonly number[], spec: PipelineSpec, lambda: number) {
  const imputer = fitImputer(rows, spec.imputeColumns, spec.indicatorColumns);
  const filled = applyImputer(imputer, rows);
  const standardizer = fitStandardizer(filled);
  const fit = fitLogistic(applyStandardizer(standardizer, filled), y, { lambda });
  if (!fit.converged) throw new PipelineError(`the ridge fit at λ = ${lambda} did not converge`);
  return { imputer, standardizer, fit };
}

export function predictPipeline(
  pipeline: Pick<FittedPipeline, 'imputer' | 'standardizer' | 'fit'>,
  rows: readonly FeatureRow[],
): number[] {
  return predictProbabilities(
    pipeline.fit,
    applyStandardizer(pipeline.standardizer, applyImputer(pipeline.imputer, rows)),
  );
}

/**
 * The λ with the lowest pooled held-out log loss over an inner stratified CV; a tie goes to the
 * larger λ (the simpler model).
 */
export function selectLambda(
  rows: readonly FeatureRow[],
  y: readonly number[],
  spec: PipelineSpec,
  seed: number,
): { lambda: number; losses: { lambda: number; logLoss: number }[] } {
  if (spec.lambdaGrid.length === 0) throw new PipelineError('the λ grid is empty');
  const splits = repeatSplits(y, spec.innerFolds, seed, 0);
  const losses = spec.lambdaGrid.map((lambda) => {
    const predicted = new Array<number>(y.length).fill(Number.NaN);
    for (const split of splits) {
      const model = fitAt(pick(rows, split.train), pick(y, split.train), spec, lambda);
      predictPipeline(model, pick(rows, split.test)).forEach((p, i) => {
        predicted[split.test[i] as number] = p;
      });
    }
    return { lambda, logLoss: logLoss(predicted, y) };
  });
  let best = losses[0] as { lambda: number; logLoss: number };
  for (const candidate of losses)
    if (
      candidate.logLoss < best.logLoss - 1e-12 ||
      (Math.abs(candidate.logLoss - best.logLoss) <= 1e-12 && candidate.lambda > best.lambda)
    )
      best = candidate;
  return { lambda: best.lambda, losses };
}

/** Chooses λ by inner CV, then fits the whole pipeline on all the rows given. */
export function fitPipeline(
  rows: readonly FeatureRow[],
  y: readonly number[],
  spec: PipelineSpec,
  seed: number,
): FittedPipeline {
  const { lambda, losses } = selectLambda(rows, y, spec, seed);
  return { ...fitAt(rows, y, spec, lambda), lambda, innerLogLoss: losses };
}
