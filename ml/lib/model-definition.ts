import type { FeatureRow } from './missing.ts';

/** One model feature as the loader codes it from the training file. */
export type FeatureMeta = {
  name: string;
  label: string;
  unit: string | null;
  column: string;
  encoding: string;
};

/** A training file turned into features (nulls are missing values) and 0/1 outcomes. */
export type LoadedData = {
  fileRows: number;
  features: FeatureMeta[];
  rows: FeatureRow[];
  y: (0 | 1)[];
  /** What the loader did to the file, in order, for the model card. */
  preprocessing: string[];
};

/** The features one model uses, and which of them are imputed or get missing indicators. */
export type FeatureSet = {
  name: string;
  description: string;
  features: readonly string[];
  impute: readonly string[];
  indicators: readonly string[];
};

/** Everything a training run needs to know about one model: data, features, CV settings, outputs. */
export type ModelDefinition = {
  id: string;
  version: string;
  title: string;
  outcome: string;
  dataset: string;
  /** Path of the CSV relative to the shared data folder. */
  file: string;
  /** Paths relative to the repository root. */
  artifactPath: string;
  cardPath: string;
  seed: number;
  folds: number;
  repeats: number;
  innerFolds: number;
  lambdaGrid: readonly number[];
  load(text: string): LoadedData;
  primary: FeatureSet;
  comparisons: readonly FeatureSet[];
};

/** The standard ridge grid (λ on the standardised scale, penalty λ/2 · Σβ²). */
export const LAMBDA_GRID = [0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100] as const;
