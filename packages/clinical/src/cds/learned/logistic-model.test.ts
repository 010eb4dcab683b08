import { describe, expect, it } from 'vitest';
import {
  InvalidLogisticModelError,
  type LogisticModelArtifact,
  MissingFeatureError,
  parseLogisticModel,
  predictLogistic,
} from './logistic-model.ts';

const metrics = (featureSet: string[]) => ({
  featureSet,
  auc: { mean: 0.8, sd: 0.01, ci95Lower: 0.75, ci95Upper: 0.85, min: 0.79, max: 0.81 },
  brier: { mean: 0.15, sd: 0.001 },
  logLoss: { mean: 0.45, sd: 0.002 },
  calibrationIntercept: { mean: 0, sd: 0.01 },
  calibrationSlope: { mean: 1, sd: 0.02 },
  reliability: [{ lower: 0, upper: 0.1, count: 0, meanPredicted: null, observedRate: null }],
  lambdas: [{ lambda: 1, folds: 5 }],
});

/** A two-feature artifact small enough to work through by hand. */
function artifact(): LogisticModelArtifact {
  return {
    format: 'lifecare-nexus/logistic-model',
    formatVersion: 1,
    id: 'hand-example',
    version: '1.0.0',
    title: 'Hand example',
    outcome: 'an event',
    intercept: -1,
    features: [
      {
        name: 'glucoseMgDl',
        label: 'Glucose',
        unit: 'mg/dL',
        column: 'Glucose',
        encoding: 'as given',
        mean: 10,
        sd: 2,
        coefficient: 0.5,
        imputationMedian: null,
        trainingMin: 4,
        trainingMax: 16,
      },
      {
        name: 'flag',
        label: 'Flag',
        unit: null,
        column: 'FLAG',
        encoding: 'yes → 1',
        mean: 0.5,
        sd: 0.5,
        coefficient: -1,
        imputationMedian: 1,
        trainingMin: 0,
        trainingMax: 1,
      },
    ],
    penalty: { kind: 'l2', lambda: 1, lambdaGrid: [0.1, 1], selection: 'inner CV' },
    training: {
      dataset: 'hand',
      file: 'hand/hand.csv',
      sha256: 'a'.repeat(64),
      fileRows: 10,
      rowsUsed: 10,
      positives: 4,
      negatives: 6,
      preprocessing: [],
      seed: 1,
    },
    evaluation: {
      method: 'cv',
      folds: 5,
      repeats: 1,
      innerFolds: 5,
      aucInterval: 'DeLong',
      nullBrier: 0.24,
      primary: metrics(['glucoseMgDl', 'flag']),
      comparisons: [],
    },
    finalFit: {
      iterations: 5,
      apparentAuc: 0.82,
      apparentBrier: 0.14,
      innerLogLoss: [{ lambda: 1, logLoss: 0.5 }],
    },
  };
}

describe('parseLogisticModel', () => {
  it('accepts a well-formed artifact', () => {
    expect(parseLogisticModel(artifact())).toEqual(artifact());
  });

  it('rejects a wrong format, a zero SD, a bad hash, repeated features and inconsistent counts', () => {
    expect(() => parseLogisticModel({ ...artifact(), format: 'other' })).toThrow(InvalidLogisticModelError);
    const zeroSd = artifact();
    (zeroSd.features[0] as { sd: number }).sd = 0;
    expect(() => parseLogisticModel(zeroSd)).toThrow(/sd/);
    expect(() =>
      parseLogisticModel({ ...artifact(), training: { ...artifact().training, sha256: 'abc' } }),
    ).toThrow(InvalidLogisticModelError);
    const repeated = artifact();
    repeated.features[1] = { ...(repeated.features[0] as LogisticModelArtifact['features'][number]) };
    expect(() => parseLogisticModel(repeated)).toThrow(/repeats a feature/);
    expect(() =>
      parseLogisticModel({ ...artifact(), training: { ...artifact().training, positives: 5 } }),
    ).toThrow(/add up/);
    const otherSet = artifact();
    otherSet.evaluation.primary.featureSet = ['glucoseMgDl'];
    expect(() => parseLogisticModel(otherSet)).toThrow(/not the deployed one/);
  });
});

describe('predictLogistic', () => {
  it('adds per-SD contributions measured from the training means to the intercept', () => {
    // glucose 14: 0.5 × (14 − 10) / 2 = +1; flag 0: −1 × (0 − 0.5) / 0.5 = +1; log-odds −1 + 2 = 1.
    const prediction = predictLogistic(artifact(), { glucoseMgDl: 14, flag: 0 });
    expect(prediction.logOdds).toBeCloseTo(1, 12);
    expect(prediction.probability).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(prediction.referenceLogOdds).toBe(-1);
    expect(prediction.contributions.map((part) => part.effect)).toEqual([1, 1]);
    expect(prediction.outsideTrainingRange).toEqual([]);
  });

  it('fills a missing value with the training median when there is one, and says so', () => {
    // flag imputed as 1: −1 × (1 − 0.5) / 0.5 = −1; glucose 10: 0; log-odds −2.
    const prediction = predictLogistic(artifact(), { glucoseMgDl: 10, flag: null });
    expect(prediction.logOdds).toBeCloseTo(-2, 12);
    expect(prediction.contributions[1]).toMatchObject({ feature: 'flag', value: 1, isImputed: true });
    expect(() => predictLogistic(artifact(), { flag: 1 })).toThrow(MissingFeatureError);
  });

  it('flags values outside the training range', () => {
    expect(predictLogistic(artifact(), { glucoseMgDl: 30, flag: 1 }).outsideTrainingRange).toEqual([
      'glucoseMgDl',
    ]);
  });
});
