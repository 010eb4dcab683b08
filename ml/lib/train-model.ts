import type { LogisticModelArtifact } from '../../packages/clinical/src/cds/learned/logistic-model.ts';
import { runExperiment } from './experiment.ts';
import type { ModelDefinition } from './model-definition.ts';
import { readTrainingFile, TrainingDataMissingError, updateModelCard, writeArtifact } from './model-files.ts';

function describe(artifact: LogisticModelArtifact): string {
  const primary = artifact.evaluation.primary;
  return [
    `${artifact.id} ${artifact.version}: ${artifact.training.rowsUsed} rows (${artifact.training.positives} positive)`,
    `  AUC ${primary.auc.mean.toFixed(3)} (95% CI ${primary.auc.ci95Lower.toFixed(3)}–${primary.auc.ci95Upper.toFixed(3)}), Brier ${primary.brier.mean.toFixed(4)} (null ${artifact.evaluation.nullBrier.toFixed(4)}), calibration intercept ${primary.calibrationIntercept.mean.toFixed(3)}, slope ${primary.calibrationSlope.mean.toFixed(3)}`,
    ...artifact.evaluation.comparisons.map(
      (comparison) =>
        `  comparison ${comparison.name}: AUC ${comparison.auc.mean.toFixed(3)} (${comparison.auc.ci95Lower.toFixed(3)}–${comparison.auc.ci95Upper.toFixed(3)}), Brier ${comparison.brier.mean.toFixed(4)}, slope ${comparison.calibrationSlope.mean.toFixed(3)}`,
    ),
    `  final fit: λ = ${artifact.penalty.lambda}, apparent AUC ${artifact.finalFit.apparentAuc.toFixed(3)}`,
  ].join('\n');
}

/** Entry point of `ml/train-*.ts`: trains, writes the artifact and the card's metrics, prints a summary. */
export function trainModel(definition: ModelDefinition): void {
  try {
    const artifact = runExperiment(definition, readTrainingFile(definition));
    const artifactPath = writeArtifact(definition, artifact);
    const cardPath = updateModelCard(definition, artifact);
    process.stdout.write(`${describe(artifact)}\nwrote ${artifactPath}\nupdated ${cardPath}\n`);
  } catch (error) {
    if (error instanceof TrainingDataMissingError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}
