import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidDiseaseModuleError } from '@nexus/clinical';
import { ModuleList } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories.ts';
import { signedIn } from '../../../test/signed-in.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { serverRoot } from '../../platform/paths.ts';
import { loadDiseaseRegistry, ModuleDiscoveryError, moduleEntries } from './module-discovery.ts';

/** A whole disease in one folder, as a site would add it: no other file changes. */
const TOY_MODULE = `
import { z } from 'zod';

export const diseaseModules = [
  {
    id: 'toy-risk',
    disease: { id: 'toy-disease', name: 'Toy disease' },
    name: 'Toy risk score',
    version: '0.1.0',
    kind: 'points-score',
    audience: 'patient',
    description: 'One point per decade over 40: a test module.',
    inputs: z.object({ ageYears: z.number().int().min(18).max(110) }),
    settings: z.object({}),
    inputInfo: {
      ageYears: { label: 'Age', question: 'How old are you?', unit: 'a', sources: [{ kind: 'age' }] },
    },
    references: [{ id: 'toy', citation: 'A test fixture.' }],
    assess(inputs) {
      const points = Math.max(0, Math.floor((inputs.ageYears - 40) / 10));
      return {
        status: 'assessed',
        outcome: 'toy disease',
        probability: null,
        horizonYears: null,
        score: { points, maxPoints: 7 },
        category: points >= 3 ? 'high' : 'low',
        categoryLabel: points >= 3 ? 'High' : 'Low',
        needsReview: points >= 3,
        contributions: [{ input: 'ageYears', label: 'Age', value: inputs.ageYears + ' years', effect: points, scale: 'points' }],
        findings: [],
        recommendations: [],
        suggested: { condition: null, serviceRequests: [], followUpMonths: null },
        warnings: [],
        summary: points + ' points',
        plainLanguage: { meaning: 'A test.', whatYouCanDo: [] },
      };
    },
  },
];
`;

let root: string;
const folder = (name: string, index: string) => {
  const dir = join(root, name);
  mkdirSync(join(dir, 'disease'), { recursive: true });
  writeFileSync(join(dir, 'disease', 'index.ts'), index);
  return dir;
};

beforeAll(() => {
  // Inside the repository, so that the toy module's `zod` resolves to the platform's own.
  const cache = join(serverRoot, '..', '..', 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  root = mkdtempSync(join(cache, 'cds-modules-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('disease module discovery', () => {
  it('finds every built-in disease folder and registers its modules', async () => {
    const entries = moduleEntries(
      join(serverRoot, '..', '..', 'packages', 'clinical', 'src', 'cds', 'diseases'),
    );
    expect(entries.map((entry) => entry.split('/').at(-2))).toEqual(
      expect.arrayContaining(['cardiovascular', 'diabetes', 'kidney-failure', 'lung-cancer']),
    );
    const ids = (await loadDiseaseRegistry({})).list().map((module) => module.id);
    expect(ids).toEqual(
      expect.arrayContaining(['plcom2012', 'brock-nodule', 'ascvd-pce', 'findrisc', 'ada-risk-test', 'kfre']),
    );
  });

  it('registers a toy module from a temporary folder, and the API serves it, with no change elsewhere', async () => {
    const dir = folder('toy', TOY_MODULE);
    const registry = await loadDiseaseRegistry({ extraDirs: [dir] });
    const result = registry.assess('toy-risk', { ageYears: 75 });
    expect(result.status === 'assessed' && result.score?.points).toBe(3);

    const t = await createTestApp({ env: { CDS_MODULE_DIRS: dir } });
    try {
      const user = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role: 'patient' }));
      const modules = ModuleList.parse(
        (await user.request({ method: 'GET', url: '/api/v1/cds/modules' })).json(),
      );
      expect(modules.modules.find((module) => module.id === 'toy-risk')).toMatchObject({
        name: 'Toy risk score',
        inputs: [
          { key: 'ageYears', type: 'integer', min: 18, max: 110, required: true, isFoundInRecord: true },
        ],
      });
    } finally {
      await t.close();
    }
  });

  it('refuses a folder whose index exports no diseaseModules, and a module that breaks the contract', async () => {
    const empty = folder('empty', 'export const somethingElse = [];\n');
    await expect(loadDiseaseRegistry({ extraDirs: [empty], includeBuiltIn: false })).rejects.toThrow(
      ModuleDiscoveryError,
    );
    const broken = folder('broken', TOY_MODULE.replace("id: 'toy-risk'", "id: 'Toy Risk!'"));
    await expect(loadDiseaseRegistry({ extraDirs: [broken], includeBuiltIn: false })).rejects.toThrow(
      InvalidDiseaseModuleError,
    );
    const twice = folder('twice', TOY_MODULE);
    await expect(
      loadDiseaseRegistry({ extraDirs: [folder('once', TOY_MODULE), twice], includeBuiltIn: false }),
    ).rejects.toThrow(/two disease modules have the id toy-risk/);
    await expect(loadDiseaseRegistry({ extraDirs: [join(root, 'missing')] })).rejects.toThrow(
      /does not exist/,
    );
  });
});
