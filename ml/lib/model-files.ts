import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LogisticModelArtifact } from '../../packages/clinical/src/cds/learned/logistic-model.ts';
import { renderMetricsBlock, replaceGeneratedBlock } from './model-card.ts';
import type { ModelDefinition } from './model-definition.ts';

/** File I/O of the training scripts: where the data and outputs are, and writing them. */

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The shared data folder: `NEXUS_SHARED_DATA` when set, else `../shared/data` beside the repository.
 * The data are never copied into the repository.
 */
export function sharedDataDir(): string {
  return process.env.NEXUS_SHARED_DATA ?? resolve(REPO_ROOT, '../shared/data');
}

export class TrainingDataMissingError extends Error {
  readonly code = 'training_data_missing';
}

export function readTrainingFile(definition: ModelDefinition): Uint8Array {
  const path = join(sharedDataDir(), definition.file);
  if (!existsSync(path))
    throw new TrainingDataMissingError(
      `training data not found at ${path}; set NEXUS_SHARED_DATA to the shared data folder (it holds ${definition.file})`,
    );
  return readFileSync(path);
}

export function trainCommand(definition: ModelDefinition): string {
  return `npx tsx ml/train-${definition.id}.ts`;
}

/** The artifact as the repository stores it (JSON.stringify, then the repository's formatter). */
export function writeArtifact(definition: ModelDefinition, artifact: LogisticModelArtifact): string {
  const path = join(REPO_ROOT, definition.artifactPath);
  writeFileSync(path, `${JSON.stringify(artifact, null, 2)}\n`);
  const biome = join(REPO_ROOT, 'node_modules/.bin/biome');
  // Formatting here keeps `biome check` clean after a retrain; the numbers are untouched by it.
  if (existsSync(biome)) execFileSync(biome, ['format', '--write', path], { stdio: 'ignore' });
  return path;
}

export function readArtifactJson(definition: ModelDefinition): unknown {
  return JSON.parse(readFileSync(join(REPO_ROOT, definition.artifactPath), 'utf8'));
}

export function readModelCard(definition: ModelDefinition): string {
  return readFileSync(join(REPO_ROOT, definition.cardPath), 'utf8');
}

/** Rewrites the generated metrics block of the model card; the hand-written prose stays. */
export function updateModelCard(definition: ModelDefinition, artifact: LogisticModelArtifact): string {
  const path = join(REPO_ROOT, definition.cardPath);
  const card = readFileSync(path, 'utf8');
  writeFileSync(path, replaceGeneratedBlock(card, renderMetricsBlock(artifact, trainCommand(definition))));
  return path;
}
