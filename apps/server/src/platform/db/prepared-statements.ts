import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

const MARKER = /\/\* prepare:([a-z0-9_]+) \*\//;

/**
 * Marks a hot query for a server-side prepared statement: PostgreSQL then plans it once per
 * connection instead of on every call (planning is most of the cost of a small join). Use it on
 * queries run on nearly every request, e.g. the session lookup:
 * `db.selectFrom(…).modifyFront(sql.raw(preparedAs('session_lookup')))`. The marker is an SQL
 * comment, so engines without named statements (PGlite) run the query unchanged.
 */
export const preparedAs = (name: string) => `/* prepare:${name} */`;

/** Wraps node-postgres so that queries carrying the marker run as named (prepared) statements. */
export function withPreparedStatements(pool: pg.Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      return {
        query: ((sqlOrCursor: unknown, parameters?: ReadonlyArray<unknown>) => {
          if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as pg.Submittable);
          const name = MARKER.exec(sqlOrCursor)?.[1];
          const values = parameters ? [...parameters] : [];
          return name ? client.query({ name, text: sqlOrCursor, values }) : client.query(sqlOrCursor, values);
        }) as unknown as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
    end: () => pool.end(),
  };
}
