import type { Transaction } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { Tables } from '../../platform/db/tables.ts';
import { type AuditEntryContent, hashEntry, type StoredAuditEntry } from './audit-chain.ts';

export type NewAuditEntry = Omit<AuditEntryContent, 'seq'>;
export type Checkpoint = { seq: number; hash: string; signedAt: Date; keyId: string; signature: string };

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
