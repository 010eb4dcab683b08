/**
 * Re-runs every learned model's evaluation and final fit from the data and checks the result against
 * what the artifacts and model cards record (numbers within 1e-6, given the recorded seed).
 * Run by hand: npx tsx ml/eval-models.ts. Exit 0: reproduced; 1: a mismatch; 2: the data are absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseLogisticModel } from '../packages/clinical/src/cds/learned/logistic-model.ts';
import { LUNG_CANCER_SURVEY } from './datasets/lung-cancer-survey.dataset.ts';
import { PIMA_DIABETES } from './datasets/pima-diabetes.dataset.ts';
import { jsonDifferences } from './lib/compare.ts';
import { runExperiment, sha256Hex } from './lib/experiment.ts';
import { generatedBlockOf, renderMetricsBlock } from './lib/model-card.ts';
import type { ModelDefinition } from './lib/model-definition.ts';
import {
  readArtifactJson,
  readModelCard,
  readTrainingFile,
  sharedDataDir,
  trainCommand,
} from './lib/model-files.ts';

const TOLERANCE = 1e-6;
const DEFINITIONS: ModelDefinition[] = [LUNG_CANCER_SURVEY, PIMA_DIABETES];

function check(definition: ModelDefinition): string[] {
  const bytes = readTrainingFile(definition);
  let recorded: ReturnType<typeof parseLogisticModel>;
  try {
    recorded = parseLogisticModel(readArtifactJson(definition));
  } catch (error) {
    return [`${definition.artifactPath}: ${(error as Error).message}`];
  }
  const hash = sha256Hex(bytes);
  if (hash !== recorded.training.sha256)
    return [
      `${definition.file}: sha256 ${hash} is not the recorded ${recorded.training.sha256}; the model was trained on other data`,
    ];
  const reproduced = runExperiment(definition, bytes);
  const problems = jsonDifferences(recorded, reproduced, TOLERANCE).map(
    (difference) => `${definition.artifactPath}: ${difference}`,
  );
  try {
    const card = generatedBlockOf(readModelCard(definition));
    if (card !== renderMetricsBlock(reproduced, trainCommand(definition)))
      problems.push(
        `${definition.cardPath}: the metrics block differs from a fresh run (retrain to rewrite it)`,
      );
  } catch (error) {
    problems.push(`${definition.cardPath}: ${(error as Error).message}`);
  }
  return problems;
}

const absent = DEFINITIONS.filter((definition) => !existsSync(join(sharedDataDir(), definition.file)));
if (absent.length > 0) {
  process.stderr.write(
    `eval-models: training data not found in ${sharedDataDir()} (${absent.map((definition) => definition.file).join(', ')}).\n` +
      'Set NEXUS_SHARED_DATA to the shared data folder. Nothing was checked.\n',
  );
  process.exit(2);
}

let failed = false;
for (const definition of DEFINITIONS) {
  const started = Date.now();
  const problems = check(definition);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length === 0) {
    process.stdout.write(
      `ok   ${definition.id}: artifact and model card reproduced within ${TOLERANCE} (${seconds} s)\n`,
    );
  } else {
    failed = true;
    process.stdout.write(`FAIL ${definition.id}:\n${problems.map((problem) => `  ${problem}`).join('\n')}\n`);
  }
}
process.exit(failed ? 1 : 0);
