import { describe, expect, it } from 'vitest';
import { fitLogistic, logit, predictLogOdds, sigmoid } from './logistic-regression.ts';
import { brierScore, calibration, delongAuc, logLoss, reliabilityTable, rocAuc } from './metrics.ts';

// Positives score 0.9, 0.8, 0.4; negatives 0.7, 0.4, 0.2, 0.1. Of the 12 pairs the positives win
// 4 + 4 + 2 and tie one (0.4 vs 0.4): AUC = 10.5 / 12 = 0.875.
const SCORES = [0.9, 0.8, 0.4, 0.7, 0.4, 0.2, 0.1];
const LABELS = [1, 1, 1, 0, 0, 0, 0];

describe('ROC AUC', () => {
  it('counts wins and half-ties over all positive–negative pairs', () => {
    expect(rocAuc(SCORES, LABELS)).toBe(0.875);
    expect(rocAuc([1, 2, 3, 4], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([4, 3, 2, 1], [0, 0, 1, 1])).toBe(0);
    expect(rocAuc([5, 5, 5, 5], [0, 1, 0, 1])).toBe(0.5);
  });

  it('has the DeLong variance worked by hand', () => {
    // V10 (positives) = 1, 1, 0.625; V01 (negatives) = 2/3, 5/6, 1, 1.
    // s²(V10) = 3/64, s²(V01) = 11/432; var = (3/64)/3 + (11/432)/4 = 19/864.
    const result = delongAuc(SCORES, LABELS);
    expect(result.auc).toBe(0.875);
    expect(result.se).toBeCloseTo(Math.sqrt(19 / 864), 12);
    expect(result.ci95[0]).toBeCloseTo(0.875 - 1.959963984540054 * Math.sqrt(19 / 864), 12);
    expect(result.ci95[1]).toBe(1); // 0.875 + 0.29 is clipped
  });

  it('needs both classes', () => {
    expect(() => rocAuc([0.1, 0.2], [1, 1])).toThrow(/both classes/);
  });
});

describe('Brier score and log loss', () => {
  it('are the mean squared error and the mean negative log-likelihood', () => {
    // (0.1² + 0.2² + 0.3² + 0.4²) / 4 = 0.075
    expect(brierScore([0.9, 0.2, 0.7, 0.4], [1, 0, 1, 0])).toBeCloseTo(0.075, 12);
    expect(logLoss([0.9, 0.2], [1, 0])).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 12);
    expect(Number.isFinite(logLoss([1, 0], [0, 1]))).toBe(true);
  });
});

describe('calibration', () => {
  // A small data set, fitted by maximum likelihood.
  const x = [0.2, 1.4, -0.7, 2.1, 0.5, -1.5, 1.1, -0.3, 0.9, -1.1, 1.8, 0.1, -0.4, 2.5, -2.0, 0.7];
  const y = [0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0];
  const rows = x.map((value) => [value]);
  const lp = predictLogOdds(fitLogistic(rows, y), rows);

  it('is intercept 0 and slope 1 for a model refitted on its own data (the score equations)', () => {
    const result = calibration(lp.map(sigmoid), y);
    expect(result.intercept).toBeCloseTo(0, 8);
    expect(result.slope).toBeCloseTo(1, 8);
  });

  it('finds a slope of ½ when the log-odds are doubled, and an intercept of −1 when they are shifted by +1', () => {
    expect(
      calibration(
        lp.map((value) => sigmoid(2 * value)),
        y,
      ).slope,
    ).toBeCloseTo(0.5, 8);
    expect(
      calibration(
        lp.map((value) => sigmoid(value + 1)),
        y,
      ).intercept,
    ).toBeCloseTo(-1, 8);
    expect(logit(0.5)).toBe(0);
  });
});

describe('reliability table', () => {
  it('bins by predicted probability, with 1.0 in the top bin and empty bins kept', () => {
    const table = reliabilityTable([0.05, 0.15, 0.12, 0.95, 1], [0, 1, 0, 1, 1]);
    expect(table).toHaveLength(10);
    expect(table[0]).toEqual({ lower: 0, upper: 0.1, count: 1, meanPredicted: 0.05, observedRate: 0 });
    expect(table[1]?.count).toBe(2);
    expect(table[1]?.meanPredicted).toBeCloseTo(0.135, 12);
    expect(table[1]?.observedRate).toBe(0.5);
    expect(table[5]).toEqual({ lower: 0.5, upper: 0.6, count: 0, meanPredicted: null, observedRate: null });
    expect(table[9]?.count).toBe(2);
    expect(() => reliabilityTable([1.2], [1])).toThrow(/outside/);
  });
});
