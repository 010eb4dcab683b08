import { z } from 'zod';

/**
 * A learned logistic-regression model as a JSON artifact (written by `ml/train-*.ts`), checked here
 * before use, and its inference: probability and each feature's share of the log-odds. Pure: the
 * artifact is passed in already parsed from JSON.
 *
 *   log-odds = intercept + Σ coefficient_j · (x_j − mean_j) / sd_j
 *
 * Coefficients are per training standard deviation, so a feature's contribution is measured from the
 * training mean (the reference profile, whose log-odds is the intercept).
 */

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const FeatureSchema = z.object({
  /** The model's feature name (camelCase); a disease module maps its inputs onto these. */
  name: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a camelCase name'),
  label: z.string().min(1),
  /** UCUM unit, or null for 0/1 codes. */
  unit: z.string().nullable(),
  /** The training file's column and how it was coded into this feature. */
  column: z.string().min(1),
  encoding: z.string().min(1),
  mean: z.number(),
  sd: z.number().positive(),
  /** Log-odds per training standard deviation. */
  coefficient: z.number(),
  /** Training median used when the value is missing, or null when the feature must be given. */
  imputationMedian: z.number().nullable(),
  trainingMin: z.number(),
  trainingMax: z.number(),
});

const SummarySchema = z.object({ mean: z.number(), sd: z.number().nonnegative() });

const ReliabilityBinSchema = z.object({
  lower: z.number().min(0).max(1),
  upper: z.number().min(0).max(1),
  count: z.number().int().nonnegative(),
  meanPredicted: z.number().min(0).max(1).nullable(),
  observedRate: z.number().min(0).max(1).nullable(),
});

const CvMetricsSchema = z.object({
  /** Feature names (and `<name>Missing` indicators) of the evaluated feature set. */
  featureSet: z.array(z.string()).min(1),
  auc: SummarySchema.extend({
    ci95Lower: z.number().min(0).max(1),
    ci95Upper: z.number().min(0).max(1),
    min: z.number().min(0).max(1),
    max: z.number().min(0).max(1),
  }),
  brier: SummarySchema,
  logLoss: SummarySchema,
  calibrationIntercept: SummarySchema,
  calibrationSlope: SummarySchema,
  reliability: z.array(ReliabilityBinSchema).min(1),
  lambdas: z.array(z.object({ lambda: z.number().nonnegative(), folds: z.number().int().positive() })),
});

export const LogisticModelArtifactSchema = z.object({
  format: z.literal('lifecare-nexus/logistic-model'),
  formatVersion: z.literal(1),
  id: z.string().regex(kebab),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  title: z.string().min(1),
  outcome: z.string().min(1),
  intercept: z.number(),
  features: z.array(FeatureSchema).min(1),
  penalty: z.object({
    kind: z.literal('l2'),
    lambda: z.number().nonnegative(),
    lambdaGrid: z.array(z.number().nonnegative()).min(1),
    selection: z.string().min(1),
  }),
  training: z.object({
    dataset: z.string().min(1),
    /** Path relative to the shared data folder. */
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    fileRows: z.number().int().positive(),
    rowsUsed: z.number().int().positive(),
    positives: z.number().int().nonnegative(),
    negatives: z.number().int().nonnegative(),
    preprocessing: z.array(z.string().min(1)),
    seed: z.number().int().nonnegative(),
  }),
  evaluation: z.object({
    method: z.string().min(1),
    folds: z.number().int().min(2),
    repeats: z.number().int().positive(),
    innerFolds: z.number().int().min(2),
    aucInterval: z.string().min(1),
    /** Brier score of always predicting the prevalence, the bar a useful model must beat. */
    nullBrier: z.number().nonnegative(),
    primary: CvMetricsSchema,
    comparisons: z.array(CvMetricsSchema.extend({ name: z.string().min(1), description: z.string().min(1) })),
  }),
  finalFit: z.object({
    iterations: z.number().int().positive(),
    apparentAuc: z.number().min(0).max(1),
    apparentBrier: z.number().nonnegative(),
    innerLogLoss: z.array(z.object({ lambda: z.number().nonnegative(), logLoss: z.number() })),
  }),
});

export type LogisticModelArtifact = z.infer<typeof LogisticModelArtifactSchema>;
export type LogisticFeature = LogisticModelArtifact['features'][number];
export type CvMetrics = z.infer<typeof CvMetricsSchema>;

export class InvalidLogisticModelError extends Error {
  readonly code = 'invalid_logistic_model';
}

/** Checks an artifact's shape and consistency; throws `InvalidLogisticModelError` saying what is wrong. */
export function parseLogisticModel(json: unknown): LogisticModelArtifact {
  const parsed = LogisticModelArtifactSchema.safeParse(json);
  if (!parsed.success)
    throw new InvalidLogisticModelError(`not a logistic model artifact: ${z.prettifyError(parsed.error)}`);
  const model = parsed.data;
  const names = model.features.map((feature) => feature.name);
  if (new Set(names).size !== names.length)
    throw new InvalidLogisticModelError(`model ${model.id} repeats a feature name`);
  const primary = model.evaluation.primary.featureSet;
  if (primary.length !== names.length || primary.some((name, index) => name !== names[index]))
    throw new InvalidLogisticModelError(
      `model ${model.id}: the evaluated feature set is not the deployed one`,
    );
  if (model.training.positives + model.training.negatives !== model.training.rowsUsed)
    throw new InvalidLogisticModelError(
      `model ${model.id}: positives and negatives do not add up to rowsUsed`,
    );
  return model;
}

export type FeatureContribution = {
  feature: string;
  label: string;
  /** The value used (the training median when it was imputed). */
  value: number;
  isImputed: boolean;
  /** Log-odds relative to the training-mean profile. */
  effect: number;
};

export type LogisticPrediction = {
  probability: number;
  logOdds: number;
  /** Log-odds of the training-mean profile (the intercept). */
  referenceLogOdds: number;
  contributions: FeatureContribution[];
  /** Features whose value lies outside the range seen in training. */
  outsideTrainingRange: string[];
};

export class MissingFeatureError extends Error {
  readonly code = 'missing_model_feature';
  constructor(
    readonly modelId: string,
    readonly feature: string,
  ) {
    super(`model ${modelId} needs a value for ${feature}`);
  }
}

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Probability and per-feature contributions for one person. A null or missing value is filled
 * with the training median when the artifact has one; otherwise it is an error.
 */
export function predictLogistic(
  model: LogisticModelArtifact,
  values: Readonly<Record<string, number | null | undefined>>,
): LogisticPrediction {
  const contributions = model.features.map((feature): FeatureContribution => {
    const given = values[feature.name];
    const isImputed = given === null || given === undefined;
    const value = isImputed ? feature.imputationMedian : given;
    if (value === null || !Number.isFinite(value)) throw new MissingFeatureError(model.id, feature.name);
    return {
      feature: feature.name,
      label: feature.label,
      value,
      isImputed,
      effect: (feature.coefficient * (value - feature.mean)) / feature.sd,
    };
  });
  const logOdds = contributions.reduce((sum, part) => sum + part.effect, model.intercept);
  const outsideTrainingRange = model.features
    .filter((feature, index) => {
      const value = contributions[index]?.value ?? feature.mean;
      return value < feature.trainingMin || value > feature.trainingMax;
    })
    .map((feature) => feature.name);
  return {
    probability: sigmoid(logOdds),
    logOdds,
    referenceLogOdds: model.intercept,
    contributions,
    outsideTrainingRange,
  };
}
