import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, SqlSession } from './database.ts';

export type Migration = { version: number; name: string; sql: string; checksum: string };

export type MigrationStatus = {
  applied: number[];
  pending: Migration[];
};

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;
/** Arbitrary constant: serialises migrators of several replicas starting at once. */
const MIGRATION_LOCK_KEY = 7_201_337;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Reads NNNN_name.sql files from dir, in version order; refuses gaps and duplicates. */
export function readMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = FILE_PATTERN.exec(file);
      if (!match?.[1] || !match[2])
        throw new MigrationError(`migration file name must look like 0001_name.sql: ${file}`);
      const sql = readFileSync(join(dir, file), 'utf8');
      return {
        version: Number(match[1]),
        name: match[2],
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationError(
        `migrations must be numbered 1, 2, 3 … without gaps; found ${migration.version} at ${index + 1}`,
      );
    }
  });
  return migrations;
}

type AppliedRow = { version: number; name: string; checksum: string };

async function ensureTable(session: SqlSession): Promise<void> {
  await session.exec(`
    create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
}

/** Released migrations are never edited: a changed or vanished file stops the server before it touches data. */
function verifyHistory(applied: AppliedRow[], migrations: Migration[]): void {
  const byVersion = new Map(migrations.map((m) => [m.version, m]));
  for (const row of applied) {
    const file = byVersion.get(row.version);
    if (!file) {
      throw new MigrationError(
        `the database has migration ${row.version} (${row.name}) which this version of the server does not know; is it older than the database?`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `migration ${row.version} (${row.name}) was edited after it was applied; add a new migration instead`,
      );
    }
  }
}

async function readApplied(session: SqlSession): Promise<AppliedRow[]> {
  const { rows } = await session.query<AppliedRow>(
    'select version, name, checksum from schema_migrations order by version',
  );
  return rows;
}

/** Applies every pending migration, each in its own transaction, under an advisory lock. Returns what it applied. */
export async function migrate(db: Database, migrations: Migration[]): Promise<Migration[]> {
  const done: Migration[] = [];
  for (;;) {
    const next = await db.withSqlTransaction(async (session) => {
      await session.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      await ensureTable(session);
      const applied = await readApplied(session);
      verifyHistory(applied, migrations);
      const pending = migrations.find((m) => !applied.some((row) => row.version === m.version));
      if (!pending) return undefined;
      await session.exec(pending.sql);
      await session.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [
        pending.version,
        pending.name,
        pending.checksum,
      ]);
      return pending;
    });
    if (!next) return done;
    done.push(next);
  }
}

/** What is applied and what is not, without changing anything. */
export async function migrationStatus(db: Database, migrations: Migration[]): Promise<MigrationStatus> {
  const { rows: exists } = await db.executeSql<{ present: boolean }>(
    "select to_regclass('schema_migrations') is not null as present",
  );
  const applied = exists[0]?.present
    ? (
        await db.executeSql<AppliedRow>(
          'select version, name, checksum from schema_migrations order by version',
        )
      ).rows
    : [];
  verifyHistory(applied, migrations);
  return {
    applied: applied.map((row) => row.version),
    pending: migrations.filter((m) => !applied.some((row) => row.version === m.version)),
  };
}
