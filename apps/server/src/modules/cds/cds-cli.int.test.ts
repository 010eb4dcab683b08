import { beforeAll, describe, expect, it } from 'vitest';
import { runCdsCommand, runCdsScore } from './cds-cli.ts';
import { loadDiseaseRegistry } from './module-discovery.ts';

let registry: Awaited<ReturnType<typeof loadDiseaseRegistry>>;
beforeAll(async () => {
  registry = await loadDiseaseRegistry({ settings: { kfre: { region: 'other' } } });
});

describe('npm run cds', () => {
  it('lists the modules with their versions and the site settings in force', () => {
    const outcome = runCdsCommand(registry, ['list']);
    expect(outcome.exitCode).toBe(0);
    const modules = JSON.parse(outcome.stdout) as { id: string; version: string; settings: object }[];
    expect(modules.find((m) => m.id === 'kfre')?.settings).toMatchObject({ region: 'other' });
    expect(modules.every((m) => /^\d+\.\d+\.\d+$/.test(m.version))).toBe(true);
  });

  it('prints a module input schema as JSON Schema', () => {
    const schema = JSON.parse(runCdsCommand(registry, ['schema', 'plcom2012']).stdout) as {
      $schema: string;
      properties: Record<string, { title?: string }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.ageYears?.title).toBe('Age');
  });

  it('assesses inputs given as JSON: the kfre package example outside North America (5-year 22.31%)', () => {
    const outcome = runCdsCommand(registry, [
      'assess',
      'kfre',
      '{"ageYears":65,"sex":"male","egfr":19,"acrMgG":30}',
    ]);
    expect(outcome.exitCode).toBe(0);
    const printed = JSON.parse(outcome.stdout) as { result: { probability: number } };
    expect(printed.result.probability).toBeCloseTo(0.223128, 5);
  });

  it('explains bad inputs, bad JSON, unknown modules and unknown commands, with a non-zero exit', () => {
    const invalid = runCdsCommand(registry, ['assess', 'kfre', '{"ageYears":12}']);
    expect(invalid.exitCode).toBe(1);
    expect(JSON.parse(invalid.stderr).issues.map((i: { path: string }) => i.path)).toContain('ageYears');
    expect(runCdsCommand(registry, ['assess', 'kfre', '{not json']).exitCode).toBe(1);
    expect(JSON.parse(runCdsCommand(registry, ['schema', 'nope']).stderr).error).toBe(
      'disease_module_not_found',
    );
    expect(runCdsCommand(registry, ['frobnicate']).exitCode).toBe(2);
    expect(runCdsCommand(registry, []).stderr).toContain('usage:');
  });
});

describe('npm run cds -- score', () => {
  async function* linesOf(...lines: string[]) {
    yield* lines;
  }

  it('scores one line per input, in order, and reports bad lines without stopping', async () => {
    const written: string[] = [];
    const outcome = await runCdsScore(
      registry,
      linesOf(
        '{"module":"kfre","inputs":{"ageYears":65,"sex":"male","egfr":19,"acrMgG":30}}',
        '',
        '{not json',
        '{"module":"kfre","inputs":{"ageYears":12}}',
        '{"module":"nope","inputs":{}}',
      ),
      (line) => written.push(line),
    );
    const rows = written.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => [row.line, row.status])).toEqual([
      [1, 'assessed'],
      [3, 'rejected'],
      [4, 'rejected'],
      [5, 'rejected'],
    ]);
    // The kfre package's example outside North America: 5-year risk 22.31% (the site setting above).
    expect(rows[0]?.probability as number).toBeCloseTo(0.223128, 5);
    expect(rows.slice(1).map((row) => row.error)).toEqual([
      'invalid_json',
      'invalid_module_input',
      'disease_module_not_found',
    ]);
    expect(outcome).toEqual({ exitCode: 1, counts: { assessed: 1, 'not-applicable': 0, rejected: 3 } });
  });
});
