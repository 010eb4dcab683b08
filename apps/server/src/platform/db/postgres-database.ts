import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database, QueryRows, SqlSession } from './database.ts';
import { withPreparedStatements } from './prepared-statements.ts';
import type { Tables } from './tables.ts';

function sessionOf(client: pg.PoolClient): SqlSession {
  return {
    async query<R>(text: string, params: readonly unknown[] = []) {
      const result = await client.query(text, [...params]);
      return { rows: result.rows as R[] };
    },
    async exec(script: string) {
      // Without parameters node-postgres uses the simple query protocol, which runs several statements.
      await client.query(script);
    },
  };
}

/** Connects to a PostgreSQL server through a connection pool. */
export async function openPostgresDatabase(options: { url: string; poolMax: number }): Promise<Database> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolMax });
  // An idle client that loses its server (restart, failover) must not crash the process.
  pool.on('error', () => {});
  const kysely = new Kysely<Tables>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) });
  let closed = false;

  return {
    engine: 'postgres',
    kysely,
    async executeSql<R>(text: string, params?: readonly unknown[]): Promise<QueryRows<R>> {
      const result = await pool.query(text, params ? [...params] : undefined);
      // A multi-statement script yields one result per statement; callers get the last one's rows.
      const last = Array.isArray(result) ? result.at(-1) : result;
      return { rows: (last?.rows ?? []) as R[] };
    },
    async withSqlTransaction<T>(fn: (session: SqlSession) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const value = await fn(sessionOf(client));
        await client.query('commit');
        return value;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      // Kysely's destroy ends the pool it was given.
      await kysely.destroy();
    },
  };
}
