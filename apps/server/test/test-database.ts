import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../src/platform/db/database.ts';
import { openPGliteDatabase } from '../src/platform/db/pglite-database.ts';
import { openPostgresDatabase } from '../src/platform/db/postgres-database.ts';
import { databaseUrl, testDatabaseAdminUrl, testLane } from './lane.ts';

export type TestDatabase = {
  db: Database;
  /** For tests that start another process on the same database (PostgreSQL lane only). */
  url: string | undefined;
  destroy(): Promise<void>;
};

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseAdminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const TEMPLATE_LOCK_KEY = 7_201_338;

/** A connection that is just ending can still hold the template for a moment (SQLSTATE 55006). */
async function createDatabaseWithRetry(admin: pg.Client, statement: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(statement);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

async function createPostgresTestDatabase(template: string | undefined): Promise<TestDatabase> {
  const name = `nexus_test_${randomBytes(6).toString('hex')}`;
  // PostgreSQL copies a template for one CREATE DATABASE at a time; test files running in parallel queue up.
  await withAdmin(async (admin) => {
    await admin.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      await createDatabaseWithRetry(
        admin,
        `create database ${name}${template ? ` template ${template}` : ''}`,
      );
    } finally {
      await admin.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
  const url = databaseUrl(testDatabaseAdminUrl, name);
  const db = await openPostgresDatabase({ url, poolMax: 5 });
  return {
    db,
    url,
    async destroy() {
      await db.close();
      await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/** A migrated database of its own for one test file; destroy() removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testLane === 'postgres') return createPostgresTestDatabase(inject('postgresTemplate'));
  const snapshot = new Blob([readFileSync(inject('pgliteSnapshotPath'))]);
  const db = await openPGliteDatabase({ dataDir: undefined, loadDataDir: snapshot });
  return { db, url: undefined, destroy: () => db.close() };
}

/** An empty (unmigrated) database, for migrator tests. */
export async function createEmptyTestDatabase(): Promise<TestDatabase> {
  if (testLane === 'postgres') return createPostgresTestDatabase(undefined);
  const snapshot = new Blob([readFileSync(inject('pgliteEmptySnapshotPath'))]);
  const db = await openPGliteDatabase({ dataDir: undefined, loadDataDir: snapshot });
  return { db, url: undefined, destroy: () => db.close() };
}

/**
 * A fresh database for another process to open: its environment (DATA_DIR for an embedded database,
 * DATABASE_URL in the PostgreSQL lane) and how to remove it afterwards.
 */
export async function createDatabaseForChildProcess(): Promise<{
  env: Record<string, string>;
  remove(): Promise<void>;
}> {
  // Always a data folder of its own: besides an embedded database it holds development keys.
  const dataDir = mkdtempSync(join(tmpdir(), 'nexus-child-'));
  const removeDataDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (testLane === 'postgres') {
    const database = await createTestDatabase();
    await database.db.close();
    return {
      env: { DATA_DIR: dataDir, DATABASE_URL: database.url ?? '' },
      remove: async () => {
        await database.destroy();
        await removeDataDir();
      },
    };
  }
  return { env: { DATA_DIR: dataDir }, remove: removeDataDir };
}
