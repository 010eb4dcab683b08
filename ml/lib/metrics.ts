import { fitLogistic, logit } from './logistic-regression.ts';

/**
 * Performance of predicted probabilities against 0/1 outcomes: discrimination (ROC AUC with a DeLong
 * confidence interval), accuracy (Brier score, log loss) and calibration (intercept, slope, reliability).
 */

function classScores(scores: readonly number[], labels: readonly number[]) {
  if (scores.length !== labels.length) throw new RangeError('scores and labels differ in length');
  const positives = scores.filter((_, i) => labels[i] === 1);
  const negatives = scores.filter((_, i) => labels[i] === 0);
  if (positives.length === 0 || negatives.length === 0) throw new RangeError('AUC needs both classes');
  return { positives, negatives };
}

/** 1 when the positive scores higher, ½ for a tie, 0 otherwise (the Mann–Whitney kernel). */
function kernel(positive: number, negative: number): number {
  return positive > negative ? 1 : positive === negative ? 0.5 : 0;
}

/** ROC AUC as the Mann–Whitney probability that a random positive outscores a random negative. */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const { positives, negatives } = classScores(scores, labels);
  let total = 0;
  for (const positive of positives) for (const negative of negatives) total += kernel(positive, negative);
  return total / (positives.length * negatives.length);
}

export type AucWithInterval = { auc: number; se: number; ci95: [number, number] };

/** Two-sided 95% normal quantile. */
export const Z_95 = 1.959963984540054;

/**
 * AUC with its DeLong (1988) standard error and a 95% Wald interval, auc ± 1.96 se clipped to [0, 1]
 * (as pROC's `ci.auc(method = "delong")`). The structural components are
 * V10(Xi) = mean_j ψ(Xi, Yj) over negatives and V01(Yj) = mean_i ψ(Xi, Yj) over positives;
 * var(AUC) = s²(V10)/m + s²(V01)/n with sample variances.
 */
export function delongAuc(scores: readonly number[], labels: readonly number[]): AucWithInterval {
  const { positives, negatives } = classScores(scores, labels);
  const m = positives.length;
  const n = negatives.length;
  const v10 = positives.map(
    (positive) => negatives.reduce((sum, negative) => sum + kernel(positive, negative), 0) / n,
  );
  const v01 = negatives.map(
    (negative) => positives.reduce((sum, positive) => sum + kernel(positive, negative), 0) / m,
  );
  const auc = v10.reduce((sum, value) => sum + value, 0) / m;
  const sampleVariance = (values: number[]) =>
    values.length < 2 ? 0 : values.reduce((sum, value) => sum + (value - auc) ** 2, 0) / (values.length - 1);
  const se = Math.sqrt(sampleVariance(v10) / m + sampleVariance(v01) / n);
  return { auc, se, ci95: [Math.max(0, auc - Z_95 * se), Math.min(1, auc + Z_95 * se)] };
}

export function brierScore(probabilities: readonly number[], labels: readonly number[]): number {
  if (probabilities.length !== labels.length || labels.length === 0)
    throw new RangeError('need matching non-empty inputs');
  return probabilities.reduce((sum, p, i) => sum + (p - (labels[i] as number)) ** 2, 0) / labels.length;
}

const EPSILON = 1e-12;
const clip = (p: number) => Math.min(1 - EPSILON, Math.max(EPSILON, p));

/** Mean negative log-likelihood (cross-entropy), with probabilities clipped away from 0 and 1. */
export function logLoss(probabilities: readonly number[], labels: readonly number[]): number {
  if (probabilities.length !== labels.length || labels.length === 0)
    throw new RangeError('need matching non-empty inputs');
  return (
    -probabilities.reduce(
      (sum, p, i) => sum + ((labels[i] as number) === 1 ? Math.log(clip(p)) : Math.log(1 - clip(p))),
      0,
    ) / labels.length
  );
}

export type Calibration = {
  /** Calibration-in-the-large: α in logit P(y) = α + logit(p) (0 when the mean risk is right). */
  intercept: number;
  /** β in logit P(y) = a + β·logit(p) (1 when the spread of the risks is right, < 1 when too extreme). */
  slope: number;
};

/** Logistic recalibration (Cox 1958; Van Calster et al. 2016): calibration intercept and slope. */
export function calibration(probabilities: readonly number[], labels: readonly number[]): Calibration {
  const lp = probabilities.map((p) => logit(clip(p)));
  const inTheLarge = fitLogistic(
    lp.map(() => []),
    labels,
    { offset: lp },
  );
  const slopeFit = fitLogistic(
    lp.map((value) => [value]),
    labels,
  );
  if (!inTheLarge.converged || !slopeFit.converged)
    throw new RangeError('the recalibration model did not converge');
  return { intercept: inTheLarge.intercept, slope: slopeFit.coefficients[0] as number };
}

export type ReliabilityBin = {
  lower: number;
  upper: number;
  count: number;
  /** Mean predicted probability in the bin, null when the bin is empty. */
  meanPredicted: number | null;
  /** Observed event rate in the bin, null when the bin is empty. */
  observedRate: number | null;
};

/** Reliability table over equal-width bins of predicted probability ([0, 0.1), …, [0.9, 1.0]). */
export function reliabilityTable(
  probabilities: readonly number[],
  labels: readonly number[],
  bins = 10,
): ReliabilityBin[] {
  if (probabilities.length !== labels.length) throw new RangeError('need matching inputs');
  const sums = Array.from({ length: bins }, () => ({ count: 0, predicted: 0, observed: 0 }));
  probabilities.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`probability ${p} is outside [0, 1]`);
    const bin = sums[Math.min(bins - 1, Math.floor(p * bins))] as {
      count: number;
      predicted: number;
      observed: number;
    };
    bin.count += 1;
    bin.predicted += p;
    bin.observed += labels[i] as number;
  });
  return sums.map((bin, index) => ({
    lower: index / bins,
    upper: (index + 1) / bins,
    count: bin.count,
    meanPredicted: bin.count > 0 ? bin.predicted / bin.count : null,
    observedRate: bin.count > 0 ? bin.observed / bin.count : null,
  }));
}
