import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnTsChild } from '../../../test/child-process.ts';
import { buildUser } from '../../../test/factories.ts';
import { createFakeClock } from '../../../test/test-app.ts';
import {
  createDatabaseForChildProcess,
  createTestDatabase,
  type TestDatabase,
} from '../../../test/test-database.ts';
import { loadConfig } from '../config.ts';
import type { Executor } from '../db/database.ts';
import { migrate, readMigrations } from '../db/migrator.ts';
import { openDatabase } from '../db/open-database.ts';
import { migrationsDir } from '../paths.ts';
import { ENCRYPTED_COLUMNS } from './encrypted-columns.ts';
import { createEnvelopeCipher } from './envelope.ts';
import { generateMasterKey, parseMasterKeyRing } from './key-ring.ts';
import { rotateEncryptedColumns } from './key-rotation.ts';

const K1 = `k1:${generateMasterKey()}`;
const K2 = `k2:${generateMasterKey()}`;
const oldCipher = createEnvelopeCipher(parseMasterKeyRing(K1));
const rotatingCipher = createEnvelopeCipher(parseMasterKeyRing(`${K2},${K1}`));
const newOnlyCipher = createEnvelopeCipher(parseMasterKeyRing(K2));

async function insertMail(db: Executor, envelope: (id: string) => string): Promise<string> {
  const id = randomUUID();
  await sql`insert into outbox_emails (id, recipient, subject, body_envelope, created_at)
    values (${id}, 'someone@example.org', 'Hello', ${envelope(id)}, now())`.execute(db);
  return id;
}

async function insertTotp(t: TestDatabase, secret: string): Promise<string> {
  const user = await buildUser(t.db, createFakeClock(), { role: 'patient', withTotp: false });
  await t.db.kysely
    .insertInto('totp_authenticators')
    .values({
      user_id: user.id,
      secret_envelope: oldCipher.encrypt(secret, `totp:${user.id}`),
      confirmed_at: new Date(),
      pending_secret_envelope: oldCipher.encrypt(`${secret}-next`, `totp:${user.id}`),
      pending_since: new Date(),
    })
    .execute();
  return user.id;
}

/** A note's content, as the FHIR store keeps Binary data (the row id is the envelope's context). */
async function insertBinary(t: TestDatabase, text: string): Promise<string> {
  const patient = await buildUser(t.db, createFakeClock(), { role: 'patient', withTotp: false });
  const id = randomUUID();
  await t.db.kysely
    .insertInto('fhir_binaries')
    .values({
      id,
      resource_id: randomUUID(),
      version_id: 1,
      patient_id: patient.patientId,
      content_type: 'text/plain',
      size_bytes: text.length,
      data_envelope: oldCipher.encrypt(text, `binary:${id}`),
    })
    .execute();
  return id;
}

/** A health-assistant conversation with one message: its title, state and message are envelopes. */
async function insertConversation(t: TestDatabase, text: string): Promise<string> {
  const user = await buildUser(t.db, createFakeClock(), { role: 'patient', withTotp: false });
  const id = randomUUID();
  const messageId = randomUUID();
  await t.db.kysely
    .insertInto('chat_conversations')
    .values({
      id,
      user_id: user.id,
      mode: 'patient',
      title_envelope: oldCipher.encrypt(text, `chat-title:${id}`),
      state_envelope: oldCipher.encrypt('{}', `chat-state:${id}`),
      message_count: 1,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .execute();
  await t.db.kysely
    .insertInto('chat_messages')
    .values({
      id: messageId,
      conversation_id: id,
      seq: 1,
      author: 'user',
      content_envelope: oldCipher.encrypt(text, `chat-message:${messageId}`),
      created_at: new Date(),
    })
    .execute();
  return messageId;
}

describe('rotateEncryptedColumns', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase();
  });
  afterEach(() => t.destroy());

  it('rewraps every envelope under the new key, batch by batch, and they still decrypt', async () => {
    const users = [
      await insertTotp(t, 'SECRET-ONE'),
      await insertTotp(t, 'SECRET-TWO'),
      await insertTotp(t, 'SECRET-3'),
    ];
    const mails: string[] = [];
    for (let i = 0; i < 5; i++) {
      mails.push(await insertMail(t.db.kysely, (id) => oldCipher.encrypt(`body ${i}`, `outbox:${id}`)));
    }
    const binary = await insertBinary(t, 'A clinical note');
    const chatMessage = await insertConversation(t, 'I have a sore throat');
    const alreadyNew = await insertMail(t.db.kysely, (id) =>
      rotatingCipher.encrypt('new body', `outbox:${id}`),
    );
    const alreadyNewBefore = await t.db.kysely
      .selectFrom('outbox_emails')
      .select('body_envelope')
      .where('id', '=', alreadyNew)
      .executeTakeFirstOrThrow();

    const report = await rotateEncryptedColumns({
      db: t.db.kysely,
      cipher: rotatingCipher,
      currentKeyId: 'k2',
      columns: ENCRYPTED_COLUMNS,
      batchSize: 2,
    });
    expect(report.map((c) => [`${c.table}.${c.column}`, c.rewrapped, c.failed])).toEqual([
      ['totp_authenticators.secret_envelope', 3, 0],
      ['totp_authenticators.pending_secret_envelope', 3, 0],
      ['outbox_emails.body_envelope', 5, 0],
      ['risk_reviews.decision_note_envelope', 0, 0],
      ['fhir_binaries.data_envelope', 1, 0],
      ['prescription_alert_overrides.reason_envelope', 0, 0],
      ['prescription_signing_keys.private_key_envelope', 0, 0],
      ['web_push_keys.private_key_envelope', 0, 0],
      ['chat_conversations.title_envelope', 1, 0],
      ['chat_conversations.state_envelope', 1, 0],
      ['chat_messages.content_envelope', 1, 0],
    ]);
    const message = await t.db.kysely
      .selectFrom('chat_messages')
      .select('content_envelope')
      .where('id', '=', chatMessage)
      .executeTakeFirstOrThrow();
    expect(newOnlyCipher.decryptText(message.content_envelope, `chat-message:${chatMessage}`)).toBe(
      'I have a sore throat',
    );
    const note = await t.db.kysely
      .selectFrom('fhir_binaries')
      .select('data_envelope')
      .where('id', '=', binary)
      .executeTakeFirstOrThrow();
    expect(newOnlyCipher.decryptText(note.data_envelope, `binary:${binary}`)).toBe('A clinical note');

    const totps = await t.db.kysely
      .selectFrom('totp_authenticators')
      .selectAll()
      .where('user_id', 'in', users)
      .execute();
    for (const row of totps) {
      expect(newOnlyCipher.keyIdOf(row.secret_envelope ?? '')).toBe('k2');
      expect(newOnlyCipher.decryptText(row.pending_secret_envelope ?? '', `totp:${row.user_id}`)).toMatch(
        /-next$/,
      );
    }
    expect(
      totps.map((row) => newOnlyCipher.decryptText(row.secret_envelope ?? '', `totp:${row.user_id}`)).sort(),
    ).toEqual(['SECRET-3', 'SECRET-ONE', 'SECRET-TWO']);
    const bodies = await t.db.kysely.selectFrom('outbox_emails').select(['id', 'body_envelope']).execute();
    for (const row of bodies) expect(newOnlyCipher.keyIdOf(row.body_envelope)).toBe('k2');
    expect(
      mails.map((id) =>
        newOnlyCipher.decryptText(bodies.find((row) => row.id === id)?.body_envelope ?? '', `outbox:${id}`),
      ),
    ).toEqual(['body 0', 'body 1', 'body 2', 'body 3', 'body 4']);
    expect(bodies.find((row) => row.id === alreadyNew)?.body_envelope).toBe(alreadyNewBefore.body_envelope);

    const again = await rotateEncryptedColumns({
      db: t.db.kysely,
      cipher: rotatingCipher,
      currentKeyId: 'k2',
      columns: ENCRYPTED_COLUMNS,
    });
    expect(again.every((c) => c.rewrapped === 0 && c.failed === 0)).toBe(true);
  });

  it('reports envelopes it cannot rewrap, leaves them alone, and carries on with the rest', async () => {
    const moved = await insertMail(t.db.kysely, () => oldCipher.encrypt('moved', `outbox:${randomUUID()}`));
    const fine = await insertMail(t.db.kysely, (id) => oldCipher.encrypt('fine', `outbox:${id}`));
    const report = await rotateEncryptedColumns({
      db: t.db.kysely,
      cipher: rotatingCipher,
      currentKeyId: 'k2',
      columns: ENCRYPTED_COLUMNS.filter((c) => c.table === 'outbox_emails'),
      batchSize: 1,
    });
    expect(report).toEqual([
      {
        table: 'outbox_emails',
        column: 'body_envelope',
        rewrapped: 1,
        failed: 1,
        failures: [{ id: moved, code: 'envelope_authentication_failed' }],
      },
    ]);
    const rows = await t.db.kysely.selectFrom('outbox_emails').select(['id', 'body_envelope']).execute();
    expect(oldCipher.keyIdOf(rows.find((r) => r.id === moved)?.body_envelope ?? '')).toBe('k1');
    expect(oldCipher.keyIdOf(rows.find((r) => r.id === fine)?.body_envelope ?? '')).toBe('k2');
  });

  it('knows every envelope column of the schema', async () => {
    const { rows } = await t.db.executeSql<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns
       where table_schema = 'public' and column_name like '%envelope%' order by table_name, column_name`,
    );
    const inSchema = rows.map((row) => `${row.table_name}.${row.column_name}`);
    expect(ENCRYPTED_COLUMNS.map((c) => `${c.table}.${c.column}`).sort()).toEqual(inSchema);
  });
});

describe('npm run keys:rotate', () => {
  let env: Record<string, string>;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ env, remove } = await createDatabaseForChildProcess());
  });
  afterAll(() => remove());

  it('rewraps the database under the first key of MASTER_KEYS and reports per column', async () => {
    const config = loadConfig({ ...env, NEXUS_DEMO: '0' });
    const db = await openDatabase(config.database);
    await migrate(db, readMigrations(migrationsDir));
    const id = await insertMail(db.kysely, (mailId) => oldCipher.encrypt('hello', `outbox:${mailId}`));
    await db.close();

    const child = spawnTsChild('../src/rotate-keys.ts', {
      ...env,
      LOG_LEVEL: 'silent',
      MASTER_KEYS: `${K2},${K1}`,
    });
    const { code } = await child.exited;
    expect(child.output()).toContain("rewrapping envelopes under master key 'k2'");
    expect(child.output()).toContain('outbox_emails.body_envelope: 1 rewrapped, 0 failed');
    expect(child.output()).toContain("done: 1 envelopes rewrapped; every envelope is under 'k2'");
    expect(code).toBe(0);

    const after = await openDatabase(config.database);
    const row = await after.kysely
      .selectFrom('outbox_emails')
      .select('body_envelope')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await after.close();
    expect(newOnlyCipher.decryptText(row.body_envelope, `outbox:${id}`)).toBe('hello');
  }, 60_000);
});
