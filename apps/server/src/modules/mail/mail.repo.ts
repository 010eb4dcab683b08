import type { Executor } from '../../platform/db/database.ts';

export type OutboxRow = {
  id: string;
  recipient: string;
  subject: string;
  bodyEnvelope: string;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  claimedAt: Date | null;
};

/** Where a page of the outbox ends: the next page starts below this mail. */
export type OutboxPosition = { createdAt: Date; id: string };

type Row = {
  id: string;
  recipient: string;
  subject: string;
  body_envelope: string;
  created_at: Date;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
  claimed_at: Date | null;
};

const COLUMNS = [
  'id',
  'recipient',
  'subject',
  'body_envelope',
  'created_at',
  'sent_at',
  'attempts',
  'last_error',
  'claimed_at',
] as const;

const toOutboxRow = (row: Row): OutboxRow => ({
  id: row.id,
  recipient: row.recipient,
  subject: row.subject,
  bodyEnvelope: row.body_envelope,
  createdAt: new Date(row.created_at),
  sentAt: row.sent_at ? new Date(row.sent_at) : null,
  attempts: row.attempts,
  lastError: row.last_error,
  claimedAt: row.claimed_at ? new Date(row.claimed_at) : null,
});

/** SQL for the outbox. Every function takes the executor to run on. */
export function createMailRepo() {
  return {
    async insert(
      db: Executor,
      mail: { id: string; recipient: string; subject: string; bodyEnvelope: string; createdAt: Date },
    ): Promise<void> {
      await db
        .insertInto('outbox_emails')
        .values({
          id: mail.id,
          recipient: mail.recipient,
          subject: mail.subject,
          body_envelope: mail.bodyEnvelope,
          created_at: mail.createdAt,
        })
        .execute();
    },

    /** Newest first, `limit` of them, below `before` when given. */
    async listRecent(db: Executor, limit: number, before?: OutboxPosition): Promise<OutboxRow[]> {
      let query = db.selectFrom('outbox_emails').select(COLUMNS);
      if (before) {
        query = query.where((eb) =>
          eb.or([
            eb('created_at', '<', before.createdAt),
            eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)]),
          ]),
        );
      }
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toOutboxRow);
    },

    async listToRecipient(db: Executor, recipient: string, since: Date, limit: number): Promise<OutboxRow[]> {
      const rows = await db
        .selectFrom('outbox_emails')
        .select(COLUMNS)
        .where('recipient', '=', recipient)
        .where('created_at', '>=', since)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toOutboxRow);
    },

    /** Mails waiting for a delivery attempt, oldest first. */
    async listDue(
      db: Executor,
      now: Date,
      maxAttempts: number,
      limit: number,
    ): Promise<Array<{ id: string; attempts: number }>> {
      return db
        .selectFrom('outbox_emails')
        .select(['id', 'attempts'])
        .where('sent_at', 'is', null)
        .where('claimed_at', 'is', null)
        .where('attempts', '<', maxAttempts)
        .where((eb) => eb.or([eb('retry_at', 'is', null), eb('retry_at', '<=', now)]))
        .orderBy('created_at')
        .limit(limit)
        .execute();
    },

    /**
     * Takes one mail for a delivery attempt, if it is still waiting with the attempt count seen: the
     * attempt is counted and the mail marked as being sent, so no other worker sends it meanwhile.
     */
    async claim(db: Executor, id: string, seenAttempts: number, now: Date): Promise<OutboxRow | undefined> {
      const row = await db
        .updateTable('outbox_emails')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), claimed_at: now }))
        .where('id', '=', id)
        .where('attempts', '=', seenAttempts)
        .where('sent_at', 'is', null)
        .where('claimed_at', 'is', null)
        .returning(COLUMNS)
        .executeTakeFirst();
      return row && toOutboxRow(row);
    },

    async markSent(db: Executor, id: string, now: Date): Promise<void> {
      await db
        .updateTable('outbox_emails')
        .set({ sent_at: now, claimed_at: null, last_error: null, retry_at: null })
        .where('id', '=', id)
        .execute();
    },

    /** Records a failed attempt; `retryAt` null means no attempts are left. */
    async markFailed(db: Executor, id: string, error: string, retryAt: Date | null): Promise<void> {
      await db
        .updateTable('outbox_emails')
        .set({ claimed_at: null, last_error: error.slice(0, 200), retry_at: retryAt })
        .where('id', '=', id)
        .execute();
    },
  };
}
export type MailRepo = ReturnType<typeof createMailRepo>;
