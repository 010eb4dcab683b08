import { pick, repeatSplits } from './cross-validation.ts';
import {
  brierScore,
  calibration,
  delongAuc,
  logLoss,
  type ReliabilityBin,
  reliabilityTable,
} from './metrics.ts';
import type { FeatureRow } from './missing.ts';
import { fitPipeline, type PipelineSpec, predictPipeline } from './pipeline.ts';
import { deriveSeed } from './random.ts';

/**
 * Repeated stratified k-fold cross-validation of a pipeline. In each repeat every row is predicted
 * once by a model that never saw it (λ chosen by inner CV inside the training folds); the metrics
 * are computed on those pooled out-of-fold predictions and summarised over the repeats.
 */
export type CvConfig = { folds: number; repeats: number; seed: number };

export type Summary = { mean: number; sd: number };

export type CvResult = {
  auc: Summary & { ci95Lower: number; ci95Upper: number; min: number; max: number };
  brier: Summary;
  logLoss: Summary;
  calibrationIntercept: Summary;
  calibrationSlope: Summary;
  /** Over the pooled out-of-fold predictions of all repeats (each row counted once per repeat). */
  reliability: ReliabilityBin[];
  /** How often each λ was chosen across the outer folds. */
  lambdas: { lambda: number; folds: number }[];
};

export function summarise(values: readonly number[]): Summary {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const sd =
    values.length < 2
      ? 0
      : Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
  return { mean, sd };
}

/** Seed of the inner λ search for one outer fold of one repeat. */
export function innerSeed(seed: number, repeat: number, fold: number): number {
  return deriveSeed(seed, repeat, fold, 1);
}

export function crossValidate(
  rows: readonly FeatureRow[],
  y: readonly number[],
  spec: PipelineSpec,
  config: CvConfig,
): CvResult {
  const perRepeat: {
    auc: number;
    lower: number;
    upper: number;
    brier: number;
    logLoss: number;
    intercept: number;
    slope: number;
  }[] = [];
  const pooledPredicted: number[] = [];
  const pooledObserved: number[] = [];
  const chosen = new Map<number, number>();
  for (let repeat = 0; repeat < config.repeats; repeat += 1) {
    const predicted = new Array<number>(y.length).fill(Number.NaN);
    repeatSplits(y, config.folds, config.seed, repeat).forEach((split, fold) => {
      const model = fitPipeline(
        pick(rows, split.train),
        pick(y, split.train),
        spec,
        innerSeed(config.seed, repeat, fold),
      );
      chosen.set(model.lambda, (chosen.get(model.lambda) ?? 0) + 1);
      predictPipeline(model, pick(rows, split.test)).forEach((p, i) => {
        predicted[split.test[i] as number] = p;
      });
    });
    const auc = delongAuc(predicted, y);
    const calibrated = calibration(predicted, y);
    perRepeat.push({
      auc: auc.auc,
      lower: auc.ci95[0],
      upper: auc.ci95[1],
      brier: brierScore(predicted, y),
      logLoss: logLoss(predicted, y),
      intercept: calibrated.intercept,
      slope: calibrated.slope,
    });
    pooledPredicted.push(...predicted);
    pooledObserved.push(...y);
  }
  const aucs = perRepeat.map((result) => result.auc);
  return {
    auc: {
      ...summarise(aucs),
      ci95Lower: summarise(perRepeat.map((result) => result.lower)).mean,
      ci95Upper: summarise(perRepeat.map((result) => result.upper)).mean,
      min: Math.min(...aucs),
      max: Math.max(...aucs),
    },
    brier: summarise(perRepeat.map((result) => result.brier)),
    logLoss: summarise(perRepeat.map((result) => result.logLoss)),
    calibrationIntercept: summarise(perRepeat.map((result) => result.intercept)),
    calibrationSlope: summarise(perRepeat.map((result) => result.slope)),
    reliability: reliabilityTable(pooledPredicted, pooledObserved),
    lambdas: [...chosen.entries()].sort(([a], [b]) => a - b).map(([lambda, folds]) => ({ lambda, folds })),
  };
}
