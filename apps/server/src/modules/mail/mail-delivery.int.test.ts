import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testCipher } from '../../../test/factories.ts';
import { createFakeClock, createFakeQueue } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { withTransaction } from '../../platform/db/database.ts';
import { createJobRuntime } from '../../platform/jobs/job-queue.ts';
import { createMailModule } from './index.ts';
import { mailJobs } from './mail.jobs.ts';
import { createMailRepo } from './mail.repo.ts';
import { createMailOutbox } from './mail.service.ts';
import { createMailDelivery, MAX_DELIVERY_ATTEMPTS } from './mail-delivery.ts';
import type { MailMessage, MailTransport } from './mail-transport.ts';

/** Keeps what it was given; fails while `failWith` is set (like an SMTP server refusing). */
function createMemoryTransport() {
  const sent: MailMessage[] = [];
  type Failure = Error & { code?: string; responseCode?: number };
  const transport: MailTransport & { sent: MailMessage[]; failWith: Failure | undefined } = {
    sent,
    failWith: undefined,
    async send(message: MailMessage) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (transport.failWith) throw transport.failWith;
      sent.push(message);
    },
    close() {},
  };
  return transport;
}

const silent = pino({ level: 'silent' });
let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.destroy());

let clock: ReturnType<typeof createFakeClock>;
let transport: ReturnType<typeof createMemoryTransport>;
beforeEach(async () => {
  await testDb.db.kysely.deleteFrom('outbox_emails').execute();
  clock = createFakeClock();
  transport = createMemoryTransport();
});

const outbox = () =>
  createMailOutbox({ db: testDb.db.kysely, repo: createMailRepo(), clock, cipher: testCipher, log: silent });
const delivery = () =>
  createMailDelivery({
    db: testDb.db.kysely,
    repo: createMailRepo(),
    clock,
    cipher: testCipher,
    transport,
    from: 'LifeCare Nexus <no-reply@nexus.example.org>',
    log: silent,
  });
const rowOf = (id: string) =>
  testDb.db.kysely.selectFrom('outbox_emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('mail delivery', () => {
  it('sends each waiting mail once, from the configured sender, and marks it sent', async () => {
    const to = `a-${randomUUID()}@example.org`;
    const id = await outbox().enqueue({ to, subject: 'Welcome', text: 'Hello there' });
    expect(await delivery().deliverDue()).toEqual({ sent: 1, failed: 0 });
    expect(transport.sent).toEqual([
      { from: 'LifeCare Nexus <no-reply@nexus.example.org>', to, subject: 'Welcome', text: 'Hello there' },
    ]);
    expect(await rowOf(id)).toMatchObject({
      attempts: 1,
      sent_at: clock.now(),
      claimed_at: null,
      last_error: null,
    });
    expect(await delivery().deliverDue()).toEqual({ sent: 0, failed: 0 });
    expect(transport.sent).toHaveLength(1);
    const completions = await testDb.db.kysely
      .selectFrom('job_completions')
      .select('job_key')
      .where('job_key', '=', `outbox:${id}:1`)
      .execute();
    expect(completions).toHaveLength(1);
  });

  it('never sends a mail twice when runs overlap', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++)
      ids.push(await outbox().enqueue({ to: `p${i}@example.org`, subject: 'S', text: `T${i}` }));
    const results = await Promise.all([
      delivery().deliverDue(),
      delivery().deliverDue(),
      delivery().deliverDue(),
    ]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(5);
    expect(transport.sent.map((m) => m.text).sort()).toEqual(['T0', 'T1', 'T2', 'T3', 'T4']);
  });

  it('retries a refused mail with growing delays, keeping no address in the error, then gives up', async () => {
    const to = `refused-${randomUUID()}@example.org`;
    const id = await outbox().enqueue({ to, subject: 'S', text: 'T' });
    transport.failWith = Object.assign(new Error(`550 5.1.1 <${to}>: Recipient address rejected`), {
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(await delivery().deliverDue()).toEqual({ sent: 0, failed: 1 });
    const failed = await rowOf(id);
    expect(failed).toMatchObject({
      attempts: 1,
      sent_at: null,
      claimed_at: null,
      last_error: 'EENVELOPE SMTP 550',
    });
    expect(failed.retry_at).toEqual(new Date(clock.now().getTime() + 60_000));

    // Not before its time.
    expect(await delivery().deliverDue()).toEqual({ sent: 0, failed: 0 });
    for (let attempt = 2; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      clock.advance(3 * 3_600_000);
      expect(await delivery().deliverDue()).toEqual({ sent: 0, failed: 1 });
    }
    const gaveUp = await rowOf(id);
    expect(gaveUp).toMatchObject({ attempts: MAX_DELIVERY_ATTEMPTS, retry_at: null, sent_at: null });
    transport.failWith = undefined;
    clock.advance(24 * 3_600_000);
    expect(await delivery().deliverDue()).toEqual({ sent: 0, failed: 0 });
  });

  it('sends a refused mail once the server takes it again', async () => {
    const id = await outbox().enqueue({ to: 'later@example.org', subject: 'S', text: 'T' });
    transport.failWith = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' });
    await delivery().deliverDue();
    transport.failWith = undefined;
    clock.advance(60_000);
    expect(await delivery().deliverDue()).toEqual({ sent: 1, failed: 0 });
    expect(await rowOf(id)).toMatchObject({ attempts: 2, last_error: null });
  });

  it('leaves a mail whose attempt was cut short (worker died) unsent rather than sending it twice', async () => {
    const id = await outbox().enqueue({ to: 'crash@example.org', subject: 'S', text: 'T' });
    await testDb.db.kysely
      .updateTable('outbox_emails')
      .set({ attempts: 1, claimed_at: clock.now() })
      .where('id', '=', id)
      .execute();
    clock.advance(24 * 3_600_000);
    expect(await delivery().deliverDue()).toEqual({ sent: 0, failed: 0 });
    expect(transport.sent).toEqual([]);
  });
});

describe('mail.deliver job', () => {
  it('exists only when SMTP is configured (or a transport given), runs every minute, and delivers', async () => {
    const base = { db: testDb.db.kysely, clock, cipher: testCipher, log: silent };
    expect(mailJobs({ ...base, config: { mail: { smtpUrl: undefined, from: 'x <x@y.z>' } } })).toEqual([]);
    const [job, ...rest] = mailJobs({
      ...base,
      config: { mail: { smtpUrl: 'smtp://mail.example.org', from: 'x <x@y.z>' } },
    });
    expect(rest).toEqual([]);
    expect(job).toMatchObject({ name: 'mail.deliver', cron: '* * * * *' });

    const [withTransport] = mailJobs({
      ...base,
      config: { mail: { smtpUrl: undefined, from: 'N <n@e.org>' } },
      transport,
    });
    await outbox().enqueue({ to: 'job@example.org', subject: 'From the job', text: 'T' });
    await withTransport?.handler({ id: randomUUID(), name: 'mail.deliver', data: {} });
    expect(transport.sent.map((m) => [m.from, m.subject])).toEqual([['N <n@e.org>', 'From the job']]);
  });
});

describe('delivery soon after a mail is stored', () => {
  const moduleWith = (queue: ReturnType<typeof createFakeQueue>, smtpUrl: string | undefined) =>
    createMailModule({
      db: testDb.db.kysely,
      clock,
      cipher: testCipher,
      queue,
      log: silent,
      audit: { record: async () => {} },
      config: { mail: { smtpUrl, from: 'N <n@example.org>' }, seedDemo: false },
    });

  it('starts a run after each new mail when SMTP is configured, and not without', async () => {
    const withSmtp = createFakeQueue();
    await withTransaction(testDb.db.kysely, (trx) =>
      moduleWith(withSmtp, 'smtp://mail.example.org').outbox.enqueue(
        { to: 'a@example.org', subject: 'S', text: 'T' },
        trx,
      ),
    );
    expect(withSmtp.sent.map((job) => job.queue)).toEqual(['mail.deliver']);

    const withoutSmtp = createFakeQueue();
    await moduleWith(withoutSmtp, undefined).outbox.enqueue({ to: 'b@example.org', subject: 'S', text: 'T' });
    expect(withoutSmtp.sent).toEqual([]);
  });

  it('delivers through the real job queue a mail stored inside a transaction, without waiting for the cron', async () => {
    const runtime = createJobRuntime({ db: testDb.db, log: silent, timing: { pollingIntervalSeconds: 0.5 } });
    const [job] = mailJobs({
      db: testDb.db.kysely,
      clock,
      cipher: testCipher,
      config: { mail: { smtpUrl: undefined, from: 'N <n@example.org>' } },
      log: silent,
      transport,
    });
    await runtime.start([{ ...job, cron: undefined }] as never, { isWorking: true });
    try {
      const mail = createMailModule({
        db: testDb.db.kysely,
        clock,
        cipher: testCipher,
        queue: runtime,
        log: silent,
        audit: { record: async () => {} },
        config: { mail: { smtpUrl: 'smtp://mail.example.org', from: 'N <n@example.org>' }, seedDemo: false },
      });
      // On the embedded database the queue waits for this transaction: no deadlock, and no run before the commit.
      await withTransaction(testDb.db.kysely, (trx) =>
        mail.outbox.enqueue({ to: 'soon@example.org', subject: 'Soon', text: 'T' }, trx),
      );
      const deadline = Date.now() + 15_000;
      while (transport.sent.length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(transport.sent.map((m) => m.subject)).toEqual(['Soon']);
    } finally {
      await runtime.stop(5_000);
    }
  });
});
