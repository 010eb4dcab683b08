import { describe, expect, it } from 'vitest';
import {
  parseLogisticModel,
  predictLogistic,
} from '../../packages/clinical/src/cds/learned/logistic-model.ts';
import { parseCsv, toNumber } from './csv.ts';
import { FINAL_FIT_STREAM, runExperiment, selectFeatures, sha256Hex } from './experiment.ts';
import {
  CARD_END,
  CARD_START,
  generatedBlockOf,
  renderMetricsBlock,
  replaceGeneratedBlock,
} from './model-card.ts';
import type { LoadedData, ModelDefinition } from './model-definition.ts';
import { fitPipeline, predictPipeline } from './pipeline.ts';
import { deriveSeed } from './random.ts';
import { syntheticRows } from './synthetic.test-data.ts';

function syntheticCsv(): string {
  const { rows, y } = syntheticRows(120, 21);
  // A zero in x1 stands for "missing", as in the Pima file.
  const lines = rows.map(
    (row, i) =>
      `${i % 17 === 0 ? 0 : (row[0] as number).toFixed(4)},${(row[1] as number).toFixed(4)},${y[i]}`,
  );
  return ['x1,x2,outcome', ...lines].join('\r\n');
}

function load(text: string): LoadedData {
  const table = parseCsv(text);
  const rows = table.rows.map((fields) => {
    const x1 = toNumber(fields[0], 'x1');
    return [x1 === 0 ? null : x1, toNumber(fields[1], 'x2')];
  });
  return {
    fileRows: rows.length,
    features: [
      { name: 'signal', label: 'Signal', unit: null, column: 'x1', encoding: '0 → missing' },
      { name: 'noise', label: 'Noise', unit: null, column: 'x2', encoding: 'as given' },
    ],
    rows,
    y: table.rows.map((fields) => (fields[2] === '1' ? 1 : 0)),
    preprocessing: ['synthetic'],
  };
}

const DEFINITION: ModelDefinition = {
  id: 'synthetic-test',
  version: '0.1.0',
  title: 'Synthetic',
  outcome: 'a synthetic event',
  dataset: 'synthetic',
  file: 'synthetic/synthetic.csv',
  artifactPath: 'unused',
  cardPath: 'unused',
  seed: 4,
  folds: 3,
  repeats: 2,
  innerFolds: 3,
  lambdaGrid: [0.1, 1, 10],
  load,
  primary: {
    name: 'both',
    description: 'both columns',
    features: ['signal', 'noise'],
    impute: ['signal'],
    indicators: [],
  },
  comparisons: [
    {
      name: 'signal-only',
      description: 'signal with an indicator',
      features: ['signal'],
      impute: ['signal'],
      indicators: ['signal'],
    },
  ],
};

describe('a training run', () => {
  const bytes = new TextEncoder().encode(syntheticCsv());
  const artifact = runExperiment(DEFINITION, bytes);

  it('writes an artifact that the clinical package accepts, with the data hash and the seed', () => {
    expect(parseLogisticModel(JSON.parse(JSON.stringify(artifact)))).toEqual(artifact);
    expect(artifact.training.sha256).toBe(sha256Hex(bytes));
    expect(artifact.training.seed).toBe(4);
    expect(artifact.features.map((feature) => feature.imputationMedian === null)).toEqual([false, true]);
    expect(artifact.evaluation.comparisons[0]?.featureSet).toEqual(['signal', 'signalMissing']);
  });

  it('is reproducible bit for bit', () => {
    expect(runExperiment(DEFINITION, bytes)).toEqual(artifact);
  });

  it('gives the same probabilities through the clinical inference as through the training pipeline', () => {
    const data = load(new TextDecoder().decode(bytes));
    const selected = selectFeatures(data, DEFINITION.primary, DEFINITION);
    const pipeline = fitPipeline(
      selected.rows,
      data.y,
      selected.spec,
      deriveSeed(DEFINITION.seed, FINAL_FIT_STREAM),
    );
    for (const row of [
      [0.4, -1.2],
      [null, 0.5],
      [-2, 2],
    ]) {
      const expected = predictPipeline(pipeline, [row])[0] as number;
      const actual = predictLogistic(artifact, { signal: row[0], noise: row[1] }).probability;
      expect(actual).toBeCloseTo(expected, 12);
    }
  });

  it('renders the model card block between its markers and replaces only that block', () => {
    const block = renderMetricsBlock(artifact, 'npx tsx ml/train-synthetic.ts');
    expect(block.startsWith(CARD_START) && block.endsWith(CARD_END)).toBe(true);
    expect(block).toContain(artifact.evaluation.primary.auc.mean.toFixed(3));
    const card = `# Card\n\nCosts $5 to read.\n\n${CARD_START}\nold\n${CARD_END}\n\nEnd.\n`;
    const updated = replaceGeneratedBlock(card, block);
    expect(generatedBlockOf(updated)).toBe(block);
    expect(updated.startsWith('# Card\n\nCosts $5 to read.')).toBe(true);
    expect(updated.endsWith('\n\nEnd.\n')).toBe(true);
    expect(() => generatedBlockOf('# no block')).toThrow(/no generated metrics block/);
  });
});
