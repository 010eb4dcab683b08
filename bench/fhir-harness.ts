/**
 * The real app in this process on a fresh database (PGlite or PostgreSQL), with an organisation, its
 * administrator and a doctor signed in (password and authenticator code): what the FHIR benchmark
 * and the round-trip evaluation drive through HTTP (app.inject, so the network stack is not measured).
 */
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadFhirDefinitions } from '../apps/server/src/modules/fhir/index.ts';
import { loadConfig } from '../apps/server/src/platform/config.ts';
import { migrate, readMigrations } from '../apps/server/src/platform/db/migrator.ts';
import { openDatabase } from '../apps/server/src/platform/db/open-database.ts';
import { loggerOptions } from '../apps/server/src/platform/observability/logger.ts';
import { migrationsDir } from '../apps/server/src/platform/paths.ts';
import { buildOrganisation, buildUser, testAuditSigner, testCipher } from '../apps/server/test/factories.ts';
import { signedIn } from '../apps/server/test/signed-in.ts';
import { createFakeClock, createFakeQueue, type TestApp } from '../apps/server/test/test-app.ts';
import { type Engine, freshDatabase } from './server-under-test.ts';

export async function startFhirHarness(engine: Engine) {
  const database = await freshDatabase(engine);
  const config = loadConfig({ ...database.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', NEXUS_DEMO: '0' });
  const db = await openDatabase(config.database);
  const migrations = readMigrations(migrationsDir);
  await migrate(db, migrations);
  loadFhirDefinitions();
  const clock = createFakeClock(new Date());
  const app = await buildApp({
    config,
    db,
    migrations,
    queue: createFakeQueue(),
    clock,
    auditSigner: testAuditSigner,
    cipher: testCipher,
    logger: pino(loggerOptions('silent')),
    webDistDir: undefined,
  });
  await app.ready();
  const handle = { app, clock } as unknown as TestApp;
  const organisationId = await buildOrganisation(db, clock, { name: 'Benchmark Hospital', kind: 'hospital' });
  const admin = await signedIn(handle, await buildUser(db, clock, { role: 'org_admin', organisationId }));
  const doctor = await signedIn(handle, await buildUser(db, clock, { role: 'doctor', organisationId }));
  return {
    engine,
    app,
    db,
    organisationId,
    admin,
    doctor,
    async close() {
      await app.close();
      await db.close();
      await database.drop();
    },
  };
}
export type FhirHarness = Awaited<ReturnType<typeof startFhirHarness>>;
