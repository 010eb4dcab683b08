import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import { withTransaction } from '../db/database.ts';
import type { EncryptedColumn } from './encrypted-columns.ts';
import { type EnvelopeCipher, EnvelopeError } from './envelope.ts';

/** What a rotation did to one column. */
export type ColumnRotation = {
  table: string;
  column: string;
  /** Envelopes that named an older master key and now name the current one. */
  rewrapped: number;
  /** Envelopes that could not be rewrapped (unknown key, damaged, wrong context); left as they were. */
  failed: number;
  /** The first few failures: row id and error code (never envelope bytes). */
  failures: { id: string; code: string }[];
};

const MAX_FAILURES_LISTED = 10;

/**
 * Rewraps every envelope in the given columns under the cipher's current master key, a batch of rows
 * at a time, each batch in its own transaction with its rows locked (so a row changed meanwhile is not
 * overwritten with a stale value). Rows already under the current key are not read twice: the scan
 * asks only for envelopes that name another key, in id order, resuming after the last id seen, so a
 * row that fails does not stop the rest and a run that is interrupted can simply be started again.
 */
export async function rotateEncryptedColumns(options: {
  db: Executor;
  cipher: EnvelopeCipher;
  currentKeyId: string;
  columns: readonly EncryptedColumn[];
  batchSize?: number;
  onProgress?: (progress: ColumnRotation) => void;
}): Promise<ColumnRotation[]> {
  const { db, cipher, currentKeyId, columns } = options;
  const batchSize = options.batchSize ?? 500;
  const currentPrefix = `nx1.${currentKeyId}.`;
  const report: ColumnRotation[] = [];

  for (const target of columns) {
    const result: ColumnRotation = {
      table: target.table,
      column: target.column,
      rewrapped: 0,
      failed: 0,
      failures: [],
    };
    const table = sql.table(target.table);
    const id = sql.ref(target.idColumn);
    const column = sql.ref(target.column);
    let afterId: string | null = null;
    for (;;) {
      const lastId: string | null = await withTransaction(db, async (trx) => {
        const after = afterId === null ? sql`true` : sql`${id} > ${afterId}`;
        const { rows } = await sql<{ id: string; envelope: string }>`
          select ${id}::text as id, ${column} as envelope from ${table}
          where ${column} is not null
            and left(${column}, ${currentPrefix.length}) <> ${currentPrefix}
            and ${after}
          order by ${id}
          limit ${batchSize}
          for update`.execute(trx);
        for (const row of rows) {
          let rewrapped: string;
          try {
            rewrapped = cipher.rewrap(row.envelope, target.context(row.id));
          } catch (error) {
            result.failed += 1;
            if (result.failures.length < MAX_FAILURES_LISTED) {
              result.failures.push({
                id: row.id,
                code: error instanceof EnvelopeError ? error.code : 'error',
              });
            }
            continue;
          }
          await sql`update ${table} set ${column} = ${rewrapped} where ${id} = ${row.id}`.execute(trx);
          result.rewrapped += 1;
        }
        return rows.at(-1)?.id ?? null;
      });
      options.onProgress?.({ ...result, failures: [...result.failures] });
      if (lastId === null) break;
      afterId = lastId;
    }
    report.push(result);
  }
  return report;
}
