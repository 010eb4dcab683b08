import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate, readMigrations } from '../src/platform/db/migrator.ts';
import { openPGliteDatabase } from '../src/platform/db/pglite-database.ts';
import { openPostgresDatabase } from '../src/platform/db/postgres-database.ts';
import { migrationsDir } from '../src/platform/paths.ts';
import { databaseUrl, testDatabaseAdminUrl, testLane } from './lane.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshotPath: string;
    pgliteEmptySnapshotPath: string;
    postgresTemplate: string;
  }
}

/**
 * Migrates one database per run and lets every test file clone it: a dumped PGlite data directory
 * (loading it takes ~0.3 s, a fresh initdb ~2.5 s), or a PostgreSQL template database.
 */
export default async function setup(project: TestProject) {
  const migrations = readMigrations(migrationsDir);
  if (testLane === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'nexus-test-'));
    const db = await openPGliteDatabase({ dataDir: undefined });
    const emptyPath = join(dir, 'empty.tar');
    writeFileSync(emptyPath, Buffer.from(await (await db.dumpDataDir()).arrayBuffer()));
    await migrate(db, migrations);
    const path = join(dir, 'migrated.tar');
    writeFileSync(path, Buffer.from(await (await db.dumpDataDir()).arrayBuffer()));
    await db.close();
    project.provide('pgliteSnapshotPath', path);
    project.provide('pgliteEmptySnapshotPath', emptyPath);
    project.provide('postgresTemplate', '');
    return () => rmSync(dir, { recursive: true, force: true });
  }

  const admin = new pg.Client({ connectionString: testDatabaseAdminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `the PostgreSQL lane needs a server at TEST_DATABASE_URL (${testDatabaseAdminUrl}): ${error}`,
    );
  }
  const template = `nexus_tpl_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${template}`);
  const db = await openPostgresDatabase({ url: databaseUrl(testDatabaseAdminUrl, template), poolMax: 2 });
  await migrate(db, migrations);
  await db.close();
  // No connections to the template from now on, not even autovacuum's: PostgreSQL copies a template
  // only while nobody is connected to it.
  await admin.query(`alter database ${template} with is_template true allow_connections false`);
  project.provide('pgliteSnapshotPath', '');
  project.provide('pgliteEmptySnapshotPath', '');
  project.provide('postgresTemplate', template);
  return async () => {
    await admin.query(`alter database ${template} with is_template false`);
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}
