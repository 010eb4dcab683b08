import { beforeAll, describe, expect, it } from 'vitest';
import { runCdsCommand } from './cds-cli.ts';
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
