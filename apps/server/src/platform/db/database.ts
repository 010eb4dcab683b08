import type { Kysely, Transaction } from 'kysely';
import type { Tables } from './tables.ts';

export type QueryRows<R = Record<string, unknown>> = { rows: R[] };

/** A database session for raw SQL: parameterised queries and parameterless multi-statement scripts. */
export type SqlSession = {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryRows<R>>;
  exec(script: string): Promise<void>;
};

/** Where queries run: the database itself or an open transaction. Repositories accept either. */
export type Executor = Kysely<Tables> | Transaction<Tables>;

/**
 * The one handle to the database that the rest of the server sees, whichever engine is behind it.
 * `kysely` is the query layer for application code; the raw members serve the migrator and the job queue.
 */
export type Database = {
  readonly engine: 'pglite' | 'postgres';
  readonly kysely: Kysely<Tables>;
  /** Runs one statement (or, with no params, a script) outside any application transaction. */
  executeSql<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryRows<R>>;
  /** Runs fn inside one transaction on one session; commits if it resolves, rolls back if it throws. */
  withSqlTransaction<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** What runs once each open transaction has committed (see afterCommit). */
const afterCommitCallbacks = new WeakMap<Transaction<Tables>, Array<() => void>>();

/**
 * Runs fn in a transaction, or inside the caller's transaction when one is given. Callbacks registered
 * with afterCommit run once the outermost transaction has committed, and never when it rolls back.
 */
export async function withTransaction<T>(
  db: Executor,
  fn: (trx: Transaction<Tables>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Tables>);
  const callbacks: Array<() => void> = [];
  const result = await db.transaction().execute((trx) => {
    afterCommitCallbacks.set(trx, callbacks);
    return fn(trx);
  });
  for (const callback of callbacks) {
    try {
      callback();
    } catch {
      // The transaction has committed: a failing announcement must not make the caller think otherwise.
    }
  }
  return result;
}

/**
 * Runs callback when what `executor` wrote is visible to everyone: after the commit of its transaction
 * (opened by withTransaction, as every transaction here is), or at once for the database itself. For
 * effects outside the database that must not announce a write that is rolled back (a live message).
 * The callback must not throw; it is not awaited.
 */
export function afterCommit(executor: Executor, callback: () => void): void {
  if (!executor.isTransaction) {
    queueMicrotask(callback);
    return;
  }
  const callbacks = afterCommitCallbacks.get(executor as Transaction<Tables>);
  if (!callbacks) throw new Error('afterCommit needs a transaction opened by withTransaction');
  callbacks.push(callback);
}
