import { sql } from 'kysely';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testAuditSigner } from '../../../test/factories.ts';
import { createFakeClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { hashEntry } from './audit-chain.ts';
import { generateAuditSigningKey, signerFromConfig } from './audit-signer.ts';
import { type AuditModule, createAuditModule } from './index.ts';

let t: TestDatabase;
let audit: AuditModule;
beforeEach(async () => {
  t = await createTestDatabase();
  audit = createAuditModule({
    db: t.db.kysely,
    clock: createFakeClock(),
    log: pino({ level: 'silent' }),
    signer: testAuditSigner,
  });
});
afterEach(() => t.destroy());

const PATIENT = '00000000-0000-4000-8000-000000000101';

async function recordReads(count: number) {
  for (let i = 1; i <= count; i++) {
    await audit.service.record({
      actorUserId: '00000000-0000-4000-8000-000000000102',
      action: 'record.read',
      outcome: 'success',
      patientId: PATIENT,
      resourceType: 'Observation',
      resourceId: `obs-${i}`,
      origin: { sourceIp: '127.0.0.1', requestId: `req-${i}` },
    });
  }
}

/** What an intruder with database access does: switch off the append-only triggers, then edit. */
async function tamper(statement: string) {
  await t.db.executeSql('alter table audit_events disable trigger user');
  await t.db.executeSql(statement);
  await t.db.executeSql('alter table audit_events enable trigger user');
}

describe('the audit log', () => {
  it('numbers entries without gaps, also when they are written at the same time', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        audit.service.record({
          actorUserId: null,
          action: 'auth.sign_in',
          outcome: 'failure',
          details: { attempt: i },
        }),
      ),
    );
    const { rows } = await t.db.executeSql<{ seq: string }>(
      'select seq::text as seq from audit_events order by audit_events.seq',
    );
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await audit.service.verify()).toEqual({ isIntact: true, entries: 20, checkpoints: 0 });
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    await recordReads(2);
    await expect(t.db.executeSql("update audit_events set outcome = 'denied' where seq = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.executeSql('delete from audit_events where seq = 2')).rejects.toThrow(/append-only/);
    await expect(t.db.executeSql('truncate audit_events')).rejects.toThrow(/append-only/);
    await audit.service.checkpoint();
    await expect(t.db.executeSql('delete from audit_checkpoints')).rejects.toThrow(/append-only/);
    expect((await audit.service.verify()).isIntact).toBe(true);
  });

  it('names an entry altered behind its back', async () => {
    await recordReads(5);
    await tamper('update audit_events set actor_user_id = null where seq = 3');
    expect(await audit.service.verify()).toMatchObject({
      isIntact: false,
      problem: { seq: 3, problem: 'altered' },
    });
  });

  it('names an entry deleted from the middle', async () => {
    await recordReads(5);
    await tamper('delete from audit_events where seq = 2');
    expect(await audit.service.verify()).toMatchObject({
      isIntact: false,
      problem: { seq: 2, problem: 'missing' },
    });
  });

  it('notices that the newest entries were removed', async () => {
    await recordReads(5);
    await tamper('delete from audit_events where seq >= 4');
    expect(await audit.service.verify()).toMatchObject({
      isIntact: false,
      problem: { seq: 4, problem: 'missing' },
    });
  });

  it('detects a chain rewritten with recomputed hashes through the signed checkpoint', async () => {
    await recordReads(4);
    await audit.service.checkpoint();
    // The intruder edits entry 2 and recomputes every hash after it, and the head, consistently.
    await tamper("update audit_events set outcome = 'denied' where seq = 2");
    const { rows } = await t.db.executeSql<{ seq: string }>(
      'select seq::text as seq from audit_events order by audit_events.seq',
    );
    let prevHash = '0'.repeat(64);
    for (const { seq } of rows) {
      const entry = await t.db.kysely
        .selectFrom('audit_events')
        .selectAll()
        .where('seq', '=', seq)
        .executeTakeFirstOrThrow();
      const hash = hashEntry(prevHash, {
        seq: Number(entry.seq),
        occurredAt: new Date(entry.occurred_at),
        actorUserId: entry.actor_user_id,
        action: entry.action,
        outcome: entry.outcome,
        patientId: entry.patient_id,
        resourceType: entry.resource_type,
        resourceId: entry.resource_id,
        sourceIp: entry.source_ip,
        requestId: entry.request_id,
        details: entry.details,
      });
      await tamper(`update audit_events set prev_hash = '${prevHash}', hash = '${hash}' where seq = ${seq}`);
      prevHash = hash;
    }
    await sql`update audit_chain_head set last_hash = ${prevHash}`.execute(t.db.kysely);
    expect(await audit.service.verify()).toMatchObject({
      isIntact: false,
      problem: { seq: 4, problem: 'altered' },
    });
  });

  it('rejects a checkpoint signed by another key', async () => {
    await recordReads(2);
    const foreign = createAuditModule({
      db: t.db.kysely,
      clock: createFakeClock(),
      log: pino({ level: 'silent' }),
      signer: signerFromConfig(generateAuditSigningKey()),
    });
    await foreign.service.checkpoint();
    expect(await audit.service.verify()).toMatchObject({
      isIntact: false,
      problem: { seq: 2, problem: 'altered' },
    });
  });
});
