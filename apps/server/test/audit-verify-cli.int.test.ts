import pino from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { auditSignerFor, createAuditModule } from '../src/modules/audit/index.ts';
import { systemClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import { migrate, readMigrations } from '../src/platform/db/migrator.ts';
import { openDatabase } from '../src/platform/db/open-database.ts';
import { migrationsDir } from '../src/platform/paths.ts';
import { spawnTsChild } from './child-process.ts';
import { createDatabaseForChildProcess } from './test-database.ts';

let env: Record<string, string>;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ env, remove } = await createDatabaseForChildProcess());
});
afterEach(() => remove());

async function runVerify(): Promise<{ code: number | null; output: string }> {
  const child = spawnTsChild('../src/audit-verify.ts', { ...env, LOG_LEVEL: 'silent' });
  const { code } = await child.exited;
  return { code, output: child.output() };
}

it('npm run audit:verify passes an intact log and fails naming the entry someone altered', async () => {
  const config = loadConfig({ ...env, NEXUS_DEMO: '0' });
  const db = await openDatabase(config.database);
  await migrate(db, readMigrations(migrationsDir));
  const audit = createAuditModule({
    db: db.kysely,
    clock: systemClock,
    log: pino({ level: 'silent' }),
    signer: auditSignerFor(config),
  });
  for (let i = 0; i < 3; i++)
    await audit.service.record({ actorUserId: null, action: 'auth.sign_in', outcome: 'failure' });
  await audit.service.checkpoint();
  await db.close();

  const intact = await runVerify();
  expect(intact.code).toBe(0);
  expect(intact.output).toContain('audit log intact: 3 entries, 1 signed checkpoints verified');

  const tampering = await openDatabase(config.database);
  await tampering.executeSql('alter table audit_events disable trigger user');
  await tampering.executeSql("update audit_events set outcome = 'success' where seq = 2");
  await tampering.close();

  const tampered = await runVerify();
  expect(tampered.code).toBe(1);
  expect(tampered.output).toContain('entry #2 was altered after it was written');
}, 60_000);
