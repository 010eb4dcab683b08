import type { Transaction } from 'kysely';
import { type Executor, withTransaction } from '../db/database.ts';
import type { Tables } from '../db/tables.ts';

/**
 * Runs a job's database effect at most once per key, however often the job is delivered: the key is
 * recorded in the same transaction as the effect, so a crash either keeps both or neither. Handlers
 * with effects outside the database (an SMS, an e-mail) record the key before sending and accept
 * that a crash between the two may drop, never repeat, that one message.
 */
export async function runOnce(
  db: Executor,
  key: { queue: string; jobKey: string },
  effect: (trx: Transaction<Tables>) => Promise<void>,
): Promise<'done' | 'already_done'> {
  return withTransaction(db, async (trx) => {
    const inserted = await trx
      .insertInto('job_completions')
      .values({ queue: key.queue, job_key: key.jobKey })
      .onConflict((oc) => oc.column('job_key').doNothing())
      .returning('job_key')
      .executeTakeFirst();
    if (!inserted) return 'already_done';
    await effect(trx);
    return 'done';
  });
}
