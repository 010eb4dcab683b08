import { createHash } from 'node:crypto';
import {
  type LogisticModelArtifact,
  parseLogisticModel,
} from '../../packages/clinical/src/cds/learned/logistic-model.ts';
import { type CvResult, crossValidate } from './evaluate.ts';
import { brierScore, rocAuc } from './metrics.ts';
import type { FeatureRow } from './missing.ts';
import type { FeatureSet, LoadedData, ModelDefinition } from './model-definition.ts';
import { fitPipeline, type PipelineSpec, predictPipeline } from './pipeline.ts';
import { deriveSeed } from './random.ts';

/**
 * A whole training run, from the file's bytes to the artifact: repeated stratified CV of the deployed
 * feature set and the comparison sets, then the final fit on all rows. Deterministic for a given
 * file and seed, which is what lets `eval-models.ts` check the recorded numbers.
 */

/** Seed stream of the final fit's λ search, apart from the CV repeats (which use 0 … repeats − 1). */
export const FINAL_FIT_STREAM = 1_000_000;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type SelectedFeatures = {
  rows: FeatureRow[];
  spec: PipelineSpec;
  featureSet: string[];
  indices: number[];
};

/** The columns of one feature set, with its imputation and indicator columns as indices into them. */
export function selectFeatures(
  data: LoadedData,
  set: FeatureSet,
  definition: ModelDefinition,
): SelectedFeatures {
  const indices = set.features.map((name) => {
    const index = data.features.findIndex((feature) => feature.name === name);
    if (index < 0) throw new RangeError(`feature set ${set.name} names an unknown feature ${name}`);
    return index;
  });
  const position = (name: string) => {
    const index = set.features.indexOf(name);
    if (index < 0) throw new RangeError(`feature set ${set.name} imputes ${name}, which it does not use`);
    return index;
  };
  return {
    rows: data.rows.map((row) => indices.map((index) => row[index] ?? null)),
    spec: {
      imputeColumns: set.impute.map(position),
      indicatorColumns: set.indicators.map(position),
      lambdaGrid: definition.lambdaGrid,
      innerFolds: definition.innerFolds,
    },
    featureSet: [...set.features, ...set.indicators.map((name) => `${name}Missing`)],
    indices,
  };
}

function evaluateSet(
  data: LoadedData,
  set: FeatureSet,
  definition: ModelDefinition,
): CvResult & { featureSet: string[] } {
  const selected = selectFeatures(data, set, definition);
  const result = crossValidate(selected.rows, data.y, selected.spec, {
    folds: definition.folds,
    repeats: definition.repeats,
    seed: definition.seed,
  });
  return { featureSet: selected.featureSet, ...result };
}

export function runExperiment(definition: ModelDefinition, bytes: Uint8Array): LogisticModelArtifact {
  const data = definition.load(new TextDecoder('utf-8').decode(bytes));
  if (definition.primary.indicators.length > 0)
    throw new RangeError('the deployed feature set cannot use missing indicators (inference has none)');
  const positives = data.y.filter((value) => value === 1).length;
  const prevalence = positives / data.y.length;
  const primary = evaluateSet(data, definition.primary, definition);
  const comparisons = definition.comparisons.map((set) => ({
    name: set.name,
    description: set.description,
    ...evaluateSet(data, set, definition),
  }));

  const selected = selectFeatures(data, definition.primary, definition);
  const final = fitPipeline(
    selected.rows,
    data.y,
    selected.spec,
    deriveSeed(definition.seed, FINAL_FIT_STREAM),
  );
  const apparent = predictPipeline(final, selected.rows);
  const features = definition.primary.features.map((name, j) => {
    const meta = data.features[selected.indices[j] as number];
    if (!meta) throw new RangeError(`no metadata for ${name}`);
    const observed = selected.rows
      .map((row) => row[j])
      .filter((value): value is number => typeof value === 'number');
    return {
      name: meta.name,
      label: meta.label,
      unit: meta.unit,
      column: meta.column,
      encoding: meta.encoding,
      mean: final.standardizer.means[j] as number,
      sd: final.standardizer.sds[j] as number,
      coefficient: final.fit.coefficients[j] as number,
      imputationMedian: final.imputer.medians[j] ?? null,
      trainingMin: Math.min(...observed),
      trainingMax: Math.max(...observed),
    };
  });

  return parseLogisticModel({
    format: 'lifecare-nexus/logistic-model',
    formatVersion: 1,
    id: definition.id,
    version: definition.version,
    title: definition.title,
    outcome: definition.outcome,
    intercept: final.fit.intercept,
    features,
    penalty: {
      kind: 'l2',
      lambda: final.lambda,
      lambdaGrid: [...definition.lambdaGrid],
      selection: `lowest pooled log loss in a stratified ${definition.innerFolds}-fold CV inside the training rows; penalty (λ/2)·Σβ² on standardised features, intercept unpenalised`,
    },
    training: {
      dataset: definition.dataset,
      file: definition.file,
      sha256: sha256Hex(bytes),
      fileRows: data.fileRows,
      rowsUsed: data.y.length,
      positives,
      negatives: data.y.length - positives,
      preprocessing: data.preprocessing,
      seed: definition.seed,
    },
    evaluation: {
      method: `stratified ${definition.folds}-fold cross-validation repeated ${definition.repeats} times; metrics on each repeat's pooled out-of-fold predictions, then mean and SD over repeats`,
      folds: definition.folds,
      repeats: definition.repeats,
      innerFolds: definition.innerFolds,
      aucInterval:
        "DeLong 95% interval (AUC ± 1.96 SE, clipped to [0, 1]) of each repeat's pooled out-of-fold predictions, bounds averaged over repeats",
      nullBrier: prevalence * (1 - prevalence),
      primary,
      comparisons,
    },
    finalFit: {
      iterations: final.fit.iterations,
      apparentAuc: rocAuc(apparent, data.y),
      apparentBrier: brierScore(apparent, data.y),
      innerLogLoss: final.innerLogLoss,
    },
  });
}
