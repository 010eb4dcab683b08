import type {
  CvMetrics,
  LogisticModelArtifact,
} from '../../packages/clinical/src/cds/learned/logistic-model.ts';

/**
 * The generated part of a model card: metrics, calibration and coefficients, rendered from the
 * artifact between two markers. The prose around it is written by hand; the numbers never are.
 */
export const CARD_START = '<!-- generated:metrics:start (npx tsx ml/train-*.ts rewrites this block) -->';
export const CARD_END = '<!-- generated:metrics:end -->';

// A value that rounds to zero is shown as 0.000, never as -0.000.
const fixed = (value: number, digits: number) => value.toFixed(digits).replace(/^-(0\.0+)$/, '$1');
const f3 = (value: number) => fixed(value, 3);
const f4 = (value: number) => fixed(value, 4);
const pct = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);

function metricRows(label: string, metrics: CvMetrics): string {
  return `| ${label} | ${f3(metrics.auc.mean)} (${f3(metrics.auc.ci95Lower)}–${f3(metrics.auc.ci95Upper)}) | ${f3(metrics.auc.sd)} | ${f4(metrics.brier.mean)} | ${f3(metrics.calibrationIntercept.mean)} | ${f3(metrics.calibrationSlope.mean)} |`;
}

export function renderMetricsBlock(artifact: LogisticModelArtifact, command: string): string {
  const { evaluation, training, finalFit, penalty } = artifact;
  const primary = evaluation.primary;
  const lines = [
    CARD_START,
    `Reproduce: \`${command}\` (then \`npx tsx ml/eval-models.ts\` checks every number below against a fresh run).`,
    '',
    `Data: \`${training.file}\`, sha256 \`${training.sha256}\`; ${training.rowsUsed} rows used of ${training.fileRows} (${training.positives} with the outcome, ${training.negatives} without); seed ${training.seed}.`,
    '',
    `Evaluation: ${evaluation.method}. Ridge λ chosen by inner ${evaluation.innerFolds}-fold CV in every outer training set. AUC interval: ${evaluation.aucInterval}.`,
    '',
    '| feature set | AUC (95% CI) | AUC SD over repeats | Brier | calibration intercept | calibration slope |',
    '| --- | --- | --- | --- | --- | --- |',
    metricRows(`**deployed**: ${primary.featureSet.join(', ')}`, primary),
    ...evaluation.comparisons.map((comparison) =>
      metricRows(`${comparison.name}: ${comparison.description}`, comparison),
    ),
    '',
    `Brier score of always predicting the prevalence: ${f4(evaluation.nullBrier)}. AUC range over repeats (deployed): ${f3(primary.auc.min)}–${f3(primary.auc.max)}. Log loss ${f4(primary.logLoss.mean)}.`,
    '',
    `Reliability of the deployed model (out-of-fold predictions of all ${evaluation.repeats} repeats pooled; each person counted once per repeat):`,
    '',
    '| predicted | n | mean predicted | observed |',
    '| --- | --- | --- | --- |',
    ...primary.reliability.map(
      (bin) =>
        `| ${bin.lower.toFixed(1)}–${bin.upper.toFixed(1)} | ${bin.count} | ${pct(bin.meanPredicted)} | ${pct(bin.observedRate)} |`,
    ),
    '',
    `Final model (all ${training.rowsUsed} rows): λ = ${penalty.lambda}, ${finalFit.iterations} Newton iterations; apparent (in-sample, optimistic) AUC ${f3(finalFit.apparentAuc)}, Brier ${f4(finalFit.apparentBrier)}. λ chosen in the outer folds: ${primary.lambdas.map((entry) => `${entry.lambda} (${entry.folds}×)`).join(', ')}.`,
    '',
    `Intercept (log-odds at the training-mean profile): ${f4(artifact.intercept)}.`,
    '',
    '| feature | coded as | mean | SD | log-odds per SD | odds ratio per SD | median for missing |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...artifact.features.map(
      (feature) =>
        `| ${feature.label} | ${feature.encoding} | ${f3(feature.mean)} | ${f3(feature.sd)} | ${f4(feature.coefficient)} | ${f3(Math.exp(feature.coefficient))} | ${feature.imputationMedian === null ? '–' : feature.imputationMedian} |`,
    ),
    CARD_END,
  ];
  return lines.join('\n');
}

export class ModelCardError extends Error {
  readonly code = 'model_card';
}

/** The text between the markers (markers included), or an error when the card has none. */
export function generatedBlockOf(card: string): string {
  const start = card.indexOf(CARD_START);
  const end = card.indexOf(CARD_END);
  if (start < 0 || end < start) throw new ModelCardError('the model card has no generated metrics block');
  return card.slice(start, end + CARD_END.length);
}

export function replaceGeneratedBlock(card: string, block: string): string {
  return card.replace(generatedBlockOf(card), () => block);
}
