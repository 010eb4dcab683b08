import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { type Migration, MigrationError, migrate, migrationStatus, readMigrations } from './migrator.ts';

let dir: string;
let t: TestDatabase;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nexus-migrations-'));
  t = await createEmptyTestDatabase();
});
afterEach(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.destroy();
});

function writeMigration(file: string, sql: string): void {
  writeFileSync(join(dir, file), sql);
}

const tables = async () =>
  (
    await t.db.executeSql<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' order by 1",
    )
  ).rows.map((row) => row.name);

describe('migrations', () => {
  it('applies pending migrations in order, each once, and records them', async () => {
    writeMigration('0001_first.sql', 'create table a (id int primary key);');
    writeMigration('0002_second.sql', 'create table b (id int primary key);\ninsert into a values (1);');
    const applied = await migrate(t.db, readMigrations(dir));
    expect(applied.map((m) => m.name)).toEqual(['first', 'second']);
    expect(await tables()).toEqual(['a', 'b', 'schema_migrations']);
    expect(await migrate(t.db, readMigrations(dir))).toEqual([]);
    expect((await t.db.executeSql('select * from a')).rows).toHaveLength(1);
  });

  it('leaves nothing behind from a migration that fails', async () => {
    writeMigration('0001_first.sql', 'create table a (id int primary key);');
    writeMigration('0002_broken.sql', 'create table c (id int primary key);\nselect no_such_function();');
    await expect(migrate(t.db, readMigrations(dir))).rejects.toThrow(/no_such_function/);
    expect(await tables()).toEqual(['a', 'schema_migrations']);
    const status = await migrationStatus(t.db, readMigrations(dir));
    expect(status.applied).toEqual([1]);
    expect(status.pending.map((m) => m.name)).toEqual(['broken']);
  });

  it('refuses to run when an applied migration was edited', async () => {
    writeMigration('0001_first.sql', 'create table a (id int primary key);');
    await migrate(t.db, readMigrations(dir));
    writeMigration('0001_first.sql', 'create table a (id bigint primary key);');
    await expect(migrate(t.db, readMigrations(dir))).rejects.toThrow(/was edited after it was applied/);
  });

  it('refuses to run against a database newer than the code', async () => {
    writeMigration('0001_first.sql', 'create table a (id int primary key);');
    writeMigration('0002_second.sql', 'create table b (id int primary key);');
    await migrate(t.db, readMigrations(dir));
    rmSync(join(dir, '0002_second.sql'));
    await expect(migrate(t.db, readMigrations(dir))).rejects.toThrow(/does not know/);
  });

  it('rejects badly named and non-consecutive migration files', () => {
    writeMigration('0001_first.sql', 'select 1;');
    writeMigration('0003_third.sql', 'select 1;');
    expect(() => readMigrations(dir)).toThrow(MigrationError);
    rmSync(join(dir, '0003_third.sql'));
    writeMigration('2_Second.sql', 'select 1;');
    expect(() => readMigrations(dir)).toThrow(/must look like/);
  });

  it('lets concurrent migrators apply each migration exactly once', async () => {
    const migrations: Migration[] = [1, 2, 3].map((version) => ({
      version,
      name: `m${version}`,
      sql: `create table t${version} (id int primary key);`,
      checksum: `c${version}`,
    }));
    const results = await Promise.all([
      migrate(t.db, migrations),
      migrate(t.db, migrations),
      migrate(t.db, migrations),
    ]);
    expect(
      results
        .flat()
        .map((m) => m.version)
        .sort(),
    ).toEqual([1, 2, 3]);
    expect(await tables()).toEqual(['schema_migrations', 't1', 't2', 't3']);
  });
});
