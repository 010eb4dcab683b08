import type { Contribution } from '../disease-module.ts';
import type { LogisticModelArtifact, LogisticPrediction } from './logistic-model.ts';

/** Wording shared by the learned modules: how a learned model's evidence and limits are shown. */

export const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

/** "cross-validated AUC 0.936 (95% CI 0.905–0.967) in the training sample; not externally validated" */
export function validationSentence(model: LogisticModelArtifact): string {
  const auc = model.evaluation.primary.auc;
  return `Cross-validated AUC ${auc.mean.toFixed(2)} (95% CI ${auc.ci95Lower.toFixed(2)}–${auc.ci95Upper.toFixed(2)}) within the training sample only; the model has not been validated in any other population.`;
}

/** One warning per input outside the range the model was trained on. */
export function rangeWarnings(
  model: LogisticModelArtifact,
  prediction: LogisticPrediction,
  describe: (feature: string, value: number) => string,
): string[] {
  return prediction.outsideTrainingRange.flatMap((name) => {
    const feature = model.features.find((candidate) => candidate.name === name);
    const value = prediction.contributions.find((part) => part.feature === name)?.value;
    if (!feature || value === undefined) return [];
    return [
      `${feature.label} ${describe(name, value)} is outside the training range (${describe(name, feature.trainingMin)} to ${describe(name, feature.trainingMax)}); the model is extrapolating.`,
    ];
  });
}

/** The prediction's per-feature log-odds as contract contributions, each tied to the module input it came from. */
export function toContributions(
  prediction: LogisticPrediction,
  inputOf: (feature: string) => string,
  shown: (feature: string, value: number) => string,
): Contribution[] {
  return prediction.contributions.map((part) => ({
    input: inputOf(part.feature),
    label: part.label,
    value: shown(part.feature, part.value),
    effect: part.effect,
    scale: 'log-odds',
  }));
}
