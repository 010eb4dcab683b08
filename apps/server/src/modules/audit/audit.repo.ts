import type { Transaction } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { Tables } from '../../platform/db/tables.ts';
import { type AuditEntryContent, hashEntry, type StoredAuditEntry } from './audit-chain.ts';

export type NewAuditEntry = Omit<AuditEntryContent, 'seq'>;
export type Checkpoint = { seq: number; hash: string; signedAt: Date; keyId: string; signature: string };

/** An entry as the access and security logs show it: with the actor's name, without the chain fields. */
export type AuditLogRow = {
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  outcome: AuditEntryContent['outcome'];
  sourceIp: string | null;
  details: AuditEntryContent['details'];
};

/** A page of a log, newest first: entries before `beforeSeq` (or the newest), at most `limit`. */
export type LogPage = { beforeSeq?: number; limit: number };

/** SQL for the audit log. Appends take the chain head's row lock, so they are numbered without gaps. */
export function createAuditRepo() {
  return {
    async append(trx: Transaction<Tables>, entry: NewAuditEntry): Promise<StoredAuditEntry> {
      const head = await trx
        .selectFrom('audit_chain_head')
        .select(['last_seq', 'last_hash'])
        .forUpdate()
        .executeTakeFirstOrThrow();
      const content: AuditEntryContent = { ...entry, seq: Number(head.last_seq) + 1 };
      const hash = hashEntry(head.last_hash, content);
      await trx
        .insertInto('audit_events')
        .values({
          seq: content.seq,
          occurred_at: content.occurredAt,
          actor_user_id: content.actorUserId,
          action: content.action,
          outcome: content.outcome,
          patient_id: content.patientId,
          resource_type: content.resourceType,
          resource_id: content.resourceId,
          source_ip: content.sourceIp,
          request_id: content.requestId,
          details: JSON.stringify(content.details),
          prev_hash: head.last_hash,
          hash,
        })
        .execute();
      await trx.updateTable('audit_chain_head').set({ last_seq: content.seq, last_hash: hash }).execute();
      return { ...content, prevHash: head.last_hash, hash };
    },

    async head(db: Executor): Promise<{ seq: number; hash: string }> {
      const row = await db
        .selectFrom('audit_chain_head')
        .select(['last_seq', 'last_hash'])
        .executeTakeFirstOrThrow();
      return { seq: Number(row.last_seq), hash: row.last_hash };
    },

    /** Entries after a sequence number, in order, a page at a time (the chain is read, never loaded whole). */
    async entriesAfter(db: Executor, afterSeq: number, limit: number): Promise<StoredAuditEntry[]> {
      const rows = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('seq', '>', String(afterSeq))
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        seq: Number(row.seq),
        occurredAt: new Date(row.occurred_at),
        actorUserId: row.actor_user_id,
        action: row.action,
        outcome: row.outcome,
        patientId: row.patient_id,
        resourceType: row.resource_type,
        resourceId: row.resource_id,
        sourceIp: row.source_ip,
        requestId: row.request_id,
        details: row.details,
        prevHash: row.prev_hash,
        hash: row.hash,
      }));
    },

    /** Entries about one patient's record, newest first, leaving out the patient's own actions. */
    async patientLog(
      db: Executor,
      patientId: string,
      excludeActorUserId: string | null,
      page: LogPage,
    ): Promise<AuditLogRow[]> {
      let query = logRows(db).where('e.patient_id', '=', patientId);
      if (excludeActorUserId) {
        query = query.where((eb) =>
          eb.or([eb('e.actor_user_id', 'is', null), eb('e.actor_user_id', '!=', excludeActorUserId)]),
        );
      }
      if (page.beforeSeq !== undefined) query = query.where('e.seq', '<', String(page.beforeSeq));
      return (await query.orderBy('e.seq', 'desc').limit(page.limit).execute()).map(toLogRow);
    },

    /**
     * A user's security events, newest first: what they did to their account (sign-ins, factors,
     * account changes, break-glass), and what administrators did to it.
     */
    async securityLog(db: Executor, userId: string, page: LogPage): Promise<AuditLogRow[]> {
      let query = logRows(db).where((eb) =>
        eb.or([
          eb.and([
            eb('e.actor_user_id', '=', userId),
            eb.or([
              eb('e.action', 'like', 'auth.%'),
              eb('e.action', 'like', 'factor.%'),
              eb('e.action', 'like', 'account.%'),
              eb('e.action', '=', 'access.break_glass'),
            ]),
          ]),
          eb.and([
            eb('e.resource_type', '=', 'user'),
            eb('e.resource_id', '=', userId),
            eb.or([eb('e.action', 'like', 'account.%'), eb('e.action', 'like', 'admin.%')]),
          ]),
        ]),
      );
      if (page.beforeSeq !== undefined) query = query.where('e.seq', '<', String(page.beforeSeq));
      return (await query.orderBy('e.seq', 'desc').limit(page.limit).execute()).map(toLogRow);
    },

    async maxSeq(db: Executor): Promise<number> {
      const row = await db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.max('seq').as('max'))
        .executeTakeFirst();
      return row?.max ? Number(row.max) : 0;
    },

    async insertCheckpoint(db: Executor, checkpoint: Checkpoint): Promise<void> {
      await db
        .insertInto('audit_checkpoints')
        .values({
          seq: checkpoint.seq,
          hash: checkpoint.hash,
          signed_at: checkpoint.signedAt,
          key_id: checkpoint.keyId,
          signature: checkpoint.signature,
        })
        .onConflict((oc) => oc.column('seq').doNothing())
        .execute();
    },

    async checkpoints(db: Executor): Promise<Checkpoint[]> {
      const rows = await db.selectFrom('audit_checkpoints').selectAll().orderBy('seq').execute();
      return rows.map((row) => ({
        seq: Number(row.seq),
        hash: row.hash,
        signedAt: new Date(row.signed_at),
        keyId: row.key_id,
        signature: row.signature,
      }));
    },
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;

function logRows(db: Executor) {
  return db
    .selectFrom('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .select([
      'e.seq',
      'e.occurred_at',
      'e.actor_user_id',
      'u.display_name as actor_name',
      'e.action',
      'e.outcome',
      'e.source_ip',
      'e.details',
    ]);
}

function toLogRow(row: {
  seq: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  outcome: AuditEntryContent['outcome'];
  source_ip: string | null;
  details: AuditEntryContent['details'];
}): AuditLogRow {
  return {
    seq: Number(row.seq),
    occurredAt: new Date(row.occurred_at),
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    action: row.action,
    outcome: row.outcome,
    sourceIp: row.source_ip,
    details: row.details,
  };
}
