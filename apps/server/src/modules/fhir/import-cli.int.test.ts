import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../../test/factories.ts';
import { fhirModuleForTest } from '../../../test/fhir-module.ts';
import { createFakeClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { generateSyntheticPatients } from '../demo/synthetic/index.ts';
import { bundleFiles, importFiles, importingAdministrator } from './import-cli.ts';

let testDb: TestDatabase;
let dir: string;
const clock = createFakeClock(new Date('2026-11-30T12:00:00Z'));

beforeAll(async () => {
  testDb = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'nexus-import-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await testDb.destroy();
});

describe('npm run import:fhir', () => {
  it('imports every bundle of a directory as the organisation’s administrator, and reports one that fails', async () => {
    const organisationId = await buildOrganisation(testDb.db, clock, {
      name: 'Importing Hospital',
      kind: 'hospital',
    });
    const admin = await buildUser(testDb.db, clock, {
      role: 'org_admin',
      organisationId,
      displayName: 'Imogen Admin',
    });
    const [bundle] = generateSyntheticPatients({ count: 1, seed: 11, now: clock.now() });
    writeFileSync(join(dir, 'a-patient.json'), JSON.stringify(bundle));
    writeFileSync(
      join(dir, 'b-broken.json'),
      JSON.stringify({
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [
          {
            resource: { resourceType: 'Observation', status: 'done' },
            request: { method: 'POST', url: 'Observation' },
          },
        ],
      }),
    );
    writeFileSync(join(dir, 'notes.txt'), 'not a bundle');

    const actor = await importingAdministrator(testDb.db.kysely, organisationId);
    expect(actor.userId).toBe(admin.id);
    const lines: string[] = [];
    const result = await importFiles(
      fhirModuleForTest(testDb.db, clock).imports,
      actor,
      bundleFiles([dir]),
      (line) => lines.push(line),
    );

    expect(result).toEqual({ imported: 1, failed: 1 });
    expect(lines[0]).toMatch(/a-patient\.json: \d+ resources, 1 patient\(s\)/);
    expect(lines[1]).toContain('b-broken.json: NOT IMPORTED');
    expect(lines[1]).toContain('Bundle.entry[0].resource.status');
    const patients = await testDb.db.kysely
      .selectFrom('care_relationships')
      .select('patient_id')
      .where('organisation_id', '=', organisationId)
      .execute();
    expect(patients).toHaveLength(1);
  });

  it('refuses to import into an organisation without an administrator', async () => {
    const organisationId = await buildOrganisation(testDb.db, clock);
    await expect(importingAdministrator(testDb.db.kysely, organisationId)).rejects.toThrow(
      /no enabled administrator/,
    );
  });
});
