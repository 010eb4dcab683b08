import { randomUUID } from 'node:crypto';
import { DemoOutbox, OutboxPage, Problem } from '@nexus/contracts';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, testCipher } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { withTransaction } from '../../platform/db/database.ts';
import { createMailRepo } from './mail.repo.ts';
import { createMailOutbox, type MailOutbox } from './mail.service.ts';
import { mailsTo } from './mailbox.test-helpers.ts';

let t: TestApp;
let outbox: MailOutbox;
let platformAdmin: SignedInClient;
beforeAll(async () => {
  t = await createTestApp();
  outbox = createMailOutbox({
    db: t.testDb.db.kysely,
    repo: createMailRepo(),
    clock: t.clock,
    cipher: testCipher,
    log: pino({ level: 'silent' }),
  });
  platformAdmin = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role: 'platform_admin' }));
});
afterAll(() => t.close());

const newAddress = () => `mail-${randomUUID()}@example.org`;

describe('the outbox', () => {
  it('stores a mail with its body encrypted and bound to its row', async () => {
    const to = newAddress();
    const id = await outbox.enqueue({
      to: to.toUpperCase(),
      subject: 'Hello',
      text: 'Secret link https://x/y#token=abc',
    });
    const row = await t.testDb.db.kysely
      .selectFrom('outbox_emails')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ recipient: to, subject: 'Hello', sent_at: null, attempts: 0 });
    expect(row.body_envelope).toMatch(/^nx1\./);
    expect(row.body_envelope).not.toContain('token');
    expect(testCipher.decryptText(row.body_envelope, `outbox:${id}`)).toBe(
      'Secret link https://x/y#token=abc',
    );
    expect(() => testCipher.decryptText(row.body_envelope, `outbox:${randomUUID()}`)).toThrow();
  });

  it("is written in the caller's transaction: a rollback leaves no mail", async () => {
    const to = newAddress();
    await expect(
      withTransaction(t.testDb.db.kysely, async (trx) => {
        await outbox.enqueue({ to, subject: 'Never', text: 'sent' }, trx);
        throw new Error('the state this mail announces was not saved');
      }),
    ).rejects.toThrow();
    expect(await mailsTo(t.testDb.db, testCipher, to)).toEqual([]);
    await withTransaction(t.testDb.db.kysely, (trx) =>
      outbox.enqueue({ to, subject: 'Kept', text: 'yes' }, trx),
    );
    expect((await mailsTo(t.testDb.db, testCipher, to)).map((m) => m.subject)).toEqual(['Kept']);
  });
});

describe('GET /api/v1/admin/outbox', () => {
  it('shows platform administrators the mails, decrypted, newest first, page by page, and audits it', async () => {
    const to = newAddress();
    for (const n of [1, 2, 3]) {
      t.clock.advance(1_000);
      await outbox.enqueue({ to, subject: `Mail ${n}`, text: `Body ${n}` });
    }
    const first = OutboxPage.parse(
      (await platformAdmin.request({ method: 'GET', url: '/api/v1/admin/outbox?limit=2' })).json(),
    );
    expect(first.isDelivering).toBe(false);
    expect(first.mails.map((m) => [m.to, m.subject, m.text, m.status])).toEqual([
      [to, 'Mail 3', 'Body 3', 'kept'],
      [to, 'Mail 2', 'Body 2', 'kept'],
    ]);
    expect(first.nextCursor).not.toBeNull();

    const second = OutboxPage.parse(
      (
        await platformAdmin.request({
          method: 'GET',
          url: `/api/v1/admin/outbox?limit=2&before=${encodeURIComponent(first.nextCursor ?? '')}`,
        })
      ).json(),
    );
    expect(second.mails[0]?.subject).toBe('Mail 1');

    const bad = await platformAdmin.request({ method: 'GET', url: '/api/v1/admin/outbox?before=nonsense' });
    expect(bad.statusCode).toBe(400);
    expect(Problem.parse(bad.json()).code).toBe('invalid_cursor');

    const reads = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'mail.outbox_read')
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('is for platform administrators only', async () => {
    const orgAdmin = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role: 'org_admin' }));
    expect((await orgAdmin.request({ method: 'GET', url: '/api/v1/admin/outbox' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/outbox' })).statusCode).toBe(401);
  });
});

describe('GET /api/v1/demo/outbox', () => {
  it('does not exist outside the demo', async () => {
    const to = newAddress();
    await outbox.enqueue({ to, subject: 'Private', text: 'Not for strangers' });
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/demo/outbox?to=${encodeURIComponent(to)}`,
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Not for strangers');
  });

  it('in the demo, shows anyone the last 24 hours of mail to exactly one address', async () => {
    const demo = await createTestApp({ env: { NEXUS_DEMO: '1' } });
    try {
      const demoOutbox = createMailOutbox({
        db: demo.testDb.db.kysely,
        repo: createMailRepo(),
        clock: demo.clock,
        cipher: testCipher,
        log: pino({ level: 'silent' }),
      });
      const to = newAddress();
      await demoOutbox.enqueue({ to, subject: 'Yesterday', text: 'old' });
      demo.clock.advance(23 * 3_600_000);
      await demoOutbox.enqueue({
        to,
        subject: 'Verify',
        text: 'Open https://example.org/verify-email#token=abc',
      });
      await demoOutbox.enqueue({ to: `x${to}`, subject: 'Someone else', text: 'not yours' });
      demo.clock.advance(2 * 3_600_000);

      const response = await demo.app.inject({
        method: 'GET',
        url: `/api/v1/demo/outbox?to=${encodeURIComponent(to.toUpperCase())}`,
      });
      expect(response.statusCode).toBe(200);
      const inbox = DemoOutbox.parse(response.json());
      expect(inbox.to).toBe(to);
      expect(inbox.mails.map((m) => [m.subject, m.text])).toEqual([
        ['Verify', 'Open https://example.org/verify-email#token=abc'],
      ]);

      const invalid = await demo.app.inject({ method: 'GET', url: '/api/v1/demo/outbox?to=not-an-address' });
      expect(invalid.statusCode).toBe(400);
    } finally {
      await demo.close();
    }
  });
});
