import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database, QueryRows, SqlSession } from './database.ts';
import { Mutex } from './mutex.ts';
import type { Tables } from './tables.ts';

/** PGlite returns int8 and numeric as numbers or BigInt; align with node-postgres (strings) so code behaves the same on both engines. */
const parsers = {
  [types.INT8]: (value: string) => value,
  [types.NUMERIC]: (value: string) => value,
};

function sessionOf(pg: Pick<PGlite, 'query' | 'exec'>): SqlSession {
  return {
    async query<R>(text: string, params: readonly unknown[] = []) {
      const result = await pg.query<R>(text, [...params]);
      return { rows: result.rows };
    },
    async exec(script: string) {
      await pg.exec(script);
    },
  };
}

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly pg: PGlite) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pg.query<R>(compiled.sql, [...compiled.parameters]);
    const affected = result.affectedRows;
    return affected === undefined
      ? { rows: result.rows }
      : { rows: result.rows, numAffectedRows: BigInt(affected) };
  }

  // biome-ignore lint/correctness/useYield: PGlite has no cursors to stream from; Kysely requires the method.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on PGlite');
  }
}

/** Hands out PGlite's single session to one user at a time; see Mutex. */
class PGliteDriver implements Driver {
  readonly #connection: PGliteConnection;
  #release: (() => void) | undefined;

  constructor(
    pg: PGlite,
    private readonly mutex: Mutex,
  ) {
    this.#connection = new PGliteConnection(pg);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    this.#release = await this.mutex.lock();
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {}
}

/** An embedded database can also be dumped to a tarball, which tests use to clone a migrated database fast. */
export type PGliteDatabase = Database & { dumpDataDir(): Promise<Blob> };

/** Opens (creating if needed) an embedded PostgreSQL in dataDir, or in memory when dataDir is undefined. */
export async function openPGliteDatabase(options: {
  dataDir: string | undefined;
  loadDataDir?: Blob;
}): Promise<PGliteDatabase> {
  let unlock: () => void = () => {};
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    unlock = lockDataDir(options.dataDir);
  }
  const pg = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers,
  });
  const mutex = new Mutex();
  const kysely = new Kysely<Tables>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new PGliteDriver(pg, mutex),
      createQueryCompiler: () => new PostgresQueryCompiler(),
      createIntrospector: (db) => new PostgresIntrospector(db),
    },
  });
  const session = sessionOf(pg);
  let closed = false;

  return {
    engine: 'pglite',
    kysely,
    executeSql<R>(text: string, params?: readonly unknown[]): Promise<QueryRows<R>> {
      return mutex.run(async () => {
        if (params && params.length > 0) return session.query<R>(text, params);
        // Parameterless SQL may hold several statements (the job queue's DDL does); only exec runs those.
        const results = await pg.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as R[] };
      });
    },
    withSqlTransaction<T>(fn: (s: SqlSession) => Promise<T>): Promise<T> {
      return mutex.run(() => pg.transaction((tx) => fn(sessionOf(tx))));
    },
    dumpDataDir() {
      return mutex.run(() => pg.dumpDataDir('none'));
    },
    async close() {
      if (closed) return;
      closed = true;
      await mutex.run(async () => {
        await kysely.destroy();
        await pg.close();
      });
      unlock();
    },
  };
}
