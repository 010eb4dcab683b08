import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type TestUser, testCipher } from '../../../test/factories.ts';
import { createFakeClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createMailRepo } from '../mail/mail.repo.ts';
import { createMailOutbox } from '../mail/mail.service.ts';
import { mailsTo } from '../mail/mailbox.test-helpers.ts';
import { createDeliveriesRepo } from './deliveries.repo.ts';
import { createDeliveryChannels } from './delivery-channels.ts';
import { createNotificationDelivery, MAX_DELIVERY_ATTEMPTS } from './notification-delivery.ts';
import { createNotificationDispatcher, type NotificationChannel } from './notification-dispatcher.ts';
import { createLocalHub } from './notification-hub.ts';
import { createNotificationsRepo } from './notifications.repo.ts';
import { createRecordingQueue } from './notifications.test-helpers.ts';
import { createPushRepo } from './push.repo.ts';
import type { SmsMessage, SmsOutcome, SmsSender } from './sms-sender.ts';
import { createVapidKeys } from './vapid-keys.ts';
import type { PushOutcome, PushPayload, PushSender } from './web-push-sender.ts';

const log = pino({ level: 'silent' });

/** A push service that answers per endpoint as the test says (accepted unless told otherwise). */
function fakePushService() {
  const sent: { endpoint: string; payload: PushPayload }[] = [];
  const answers = new Map<string, PushOutcome[]>();
  const sender: PushSender = {
    async send(subscription, payload) {
      sent.push({ endpoint: subscription.endpoint, payload });
      return answers.get(subscription.endpoint)?.shift() ?? { kind: 'accepted' };
    },
  };
  return { sent, answers, sender };
}

function fakeSmsProvider() {
  const sent: SmsMessage[] = [];
  const answers: SmsOutcome[] = [];
  const sender: SmsSender = {
    async send(message) {
      sent.push(message);
      return answers.shift() ?? { kind: 'accepted' };
    },
  };
  return { sent, answers, sender };
}

describe('notification delivery', () => {
  let testDb: TestDatabase;
  let user: TestUser;
  const clock = createFakeClock();
  const push = fakePushService();
  const sms = fakeSmsProvider();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    user = await buildUser(testDb.db, clock, { role: 'patient' });
  });
  afterAll(() => testDb?.destroy());

  const db = () => testDb.db.kysely;
  const pushRepo = createPushRepo();
  const deliveriesRepo = createDeliveriesRepo();
  const delivery = () =>
    createNotificationDelivery({
      db: db(),
      repo: deliveriesRepo,
      channels: createDeliveryChannels({
        db: db(),
        notifications: createNotificationsRepo(),
        push: pushRepo,
        vapid: createVapidKeys({
          db: db(),
          repo: pushRepo,
          cipher: testCipher,
          clock,
          config: { vapidKeys: undefined, vapidSubject: 'mailto:admin@example.org' },
        }),
        pushSender: push.sender,
        smsSender: sms.sender,
        outbox: createMailOutbox({ db: db(), repo: createMailRepo(), clock, cipher: testCipher, log }),
        publicUrl: 'https://care.example.org',
        log,
      }),
      clock,
      log,
    });
  const notify = async (
    channels: NotificationChannel[],
    options: { userId?: string; sendAfter?: Date } = {},
  ) => {
    const dispatcher = createNotificationDispatcher({
      repo: createNotificationsRepo(),
      hub: createLocalHub(),
      queue: createRecordingQueue(),
      clock,
      log,
    });
    const result = await dispatcher.notify(
      db(),
      {
        userId: options.userId ?? user.id,
        kind: 'dose-reminder',
        title: 'It is time for your 08:00 medicines',
        link: '/patient/medicines',
      },
      { channels, ...(options.sendAfter ? { sendAfter: options.sendAfter } : {}) },
    );
    if (result.status !== 'created') throw new Error('not created');
    return result.notificationId;
  };
  const deliveryOf = async (notificationId: string) => {
    const [row] = await deliveriesRepo.ofNotification(db(), notificationId);
    if (!row) throw new Error('no delivery');
    return row;
  };
  const subscribe = async (userId: string) => {
    const endpoint = `https://push.example.org/${randomUUID()}`;
    await pushRepo.upsertSubscription(db(), {
      id: randomUUID(),
      userId,
      endpoint,
      p256dh: 'B'.repeat(87),
      auth: 'A'.repeat(22),
      createdAt: clock.now(),
    });
    return endpoint;
  };

  it('skips push for a user without a subscription', async () => {
    const id = await notify(['push']);
    expect(await delivery().deliverDue()).toMatchObject({ skipped: 1 });
    expect(await deliveryOf(id)).toMatchObject({
      status: 'skipped',
      last_error: 'no_push_subscription',
      attempts: 1,
    });
  });

  it('pushes the title and link to every browser of the user, and removes the ones that are gone', async () => {
    const kept = await subscribe(user.id);
    const gone = await subscribe(user.id);
    push.answers.set(gone, [{ kind: 'gone' }]);
    push.sent.length = 0;
    const id = await notify(['push']);
    expect(await delivery().deliverDue()).toMatchObject({ sent: 1 });
    expect(push.sent.map((s) => s.endpoint).sort()).toEqual([kept, gone].sort());
    expect(push.sent[0]?.payload).toEqual({
      title: 'It is time for your 08:00 medicines',
      link: '/patient/medicines',
    });
    expect((await pushRepo.subscriptionsOf(db(), user.id)).map((s) => s.endpoint)).toEqual([kept]);
    expect(await deliveryOf(id)).toMatchObject({ status: 'sent', claimed_at: null });
    await pushRepo.deleteSubscription(db(), user.id, kept);
  });

  it('retries a temporary failure with backoff, and sends once it is due again', async () => {
    const other = await buildUser(testDb.db, clock, { role: 'patient' });
    const endpoint = await subscribe(other.id);
    push.answers.set(endpoint, [{ kind: 'failed', reason: 'HTTP 503', isRetryable: true }]);
    push.sent.length = 0;
    const id = await notify(['push'], { userId: other.id });
    expect(await delivery().deliverDue()).toMatchObject({ retrying: 1 });
    expect(await deliveryOf(id)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'HTTP 503' });
    expect(await delivery().deliverDue(), 'not before its time').toMatchObject({ sent: 0, retrying: 0 });
    clock.advance(60_000);
    expect(await delivery().deliverDue()).toMatchObject({ sent: 1 });
    expect(await deliveryOf(id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(push.sent).toHaveLength(2);
  });

  it('gives up after the last attempt, and at once on a refusal no retry changes', async () => {
    const other = await buildUser(testDb.db, clock, { role: 'patient' });
    const endpoint = await subscribe(other.id);
    push.answers.set(
      endpoint,
      Array.from(
        { length: MAX_DELIVERY_ATTEMPTS },
        () => ({ kind: 'failed', reason: 'HTTP 500', isRetryable: true }) as const,
      ),
    );
    const id = await notify(['push'], { userId: other.id });
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      await delivery().deliverDue();
      clock.advance(60 * 60_000);
    }
    expect(await deliveryOf(id)).toMatchObject({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS });

    push.answers.set(endpoint, [{ kind: 'failed', reason: 'HTTP 403', isRetryable: false }]);
    const refused = await notify(['push'], { userId: other.id });
    await delivery().deliverDue();
    expect(await deliveryOf(refused)).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: 'HTTP 403',
    });
  });

  it('waits for sendAfter', async () => {
    sms.sent.length = 0;
    await testDb.db.kysely
      .updateTable('users')
      .set({ phone_e164: '+447700900123' })
      .where('id', '=', user.id)
      .execute();
    const id = await notify(['sms'], { sendAfter: new Date(clock.now().getTime() + 30 * 60_000) });
    await delivery().deliverDue();
    expect(sms.sent).toEqual([]);
    clock.advance(30 * 60_000);
    await delivery().deliverDue();
    expect(sms.sent).toEqual([
      {
        to: '+447700900123',
        kind: 'dose-reminder',
        body: 'LifeCare Nexus: It is time for your 08:00 medicines https://care.example.org/patient/medicines',
      },
    ]);
    expect(await deliveryOf(id)).toMatchObject({ status: 'sent' });
  });

  it('skips SMS for a user without a phone number, and honours the provider’s Retry-After', async () => {
    const other = await buildUser(testDb.db, clock, { role: 'patient' });
    const id = await notify(['sms'], { userId: other.id });
    await delivery().deliverDue();
    expect(await deliveryOf(id)).toMatchObject({ status: 'skipped', last_error: 'no_phone_number' });

    sms.answers.push({ kind: 'failed', reason: 'HTTP 429', isRetryable: true, retryAfterMs: 10 * 60_000 });
    const throttled = await notify(['sms']);
    await delivery().deliverDue();
    const row = await deliveryOf(throttled);
    expect(row.status).toBe('pending');
    expect(row.due_at.getTime()).toBe(clock.now().getTime() + 10 * 60_000);
  });

  it('hands e-mail to the mail outbox with a subject that says nothing about health', async () => {
    const other = await buildUser(testDb.db, clock, { role: 'patient' });
    const id = await notify(['email'], { userId: other.id });
    await delivery().deliverDue();
    expect(await deliveryOf(id)).toMatchObject({ status: 'sent' });
    const [mail] = await mailsTo(testDb.db, testCipher, other.email);
    expect(mail?.subject).toBe('You have a new notification in LifeCare Nexus');
    expect(mail?.text).toContain('It is time for your 08:00 medicines');
    expect(mail?.text).toContain('https://care.example.org/patient/medicines');
  });

  it('never sends a delivery twice when a worker died mid-attempt', async () => {
    // Earlier tests' deliveries that are still due go first.
    clock.advance(60 * 60_000);
    await delivery().deliverDue();
    sms.sent.length = 0;
    const id = await notify(['sms']);
    const due = await deliveryOf(id);
    // A worker claims it and dies before sending: the claim has committed, the send never happened.
    expect(await deliveriesRepo.claim(db(), due.id, due.attempts, clock.now())).toBeDefined();
    clock.advance(60 * 60_000);
    await delivery().deliverDue();
    expect(sms.sent).toEqual([]);
    expect(await deliveryOf(id)).toMatchObject({ status: 'sending', attempts: 1 });
  });

  it('sends nothing to a disabled account', async () => {
    const other = await buildUser(testDb.db, clock, { role: 'patient' });
    await testDb.db.kysely
      .updateTable('users')
      .set({ disabled_at: clock.now() })
      .where('id', '=', other.id)
      .execute();
    const id = await notify(['email'], { userId: other.id });
    await delivery().deliverDue();
    expect(await deliveryOf(id)).toMatchObject({ status: 'skipped', last_error: 'account_disabled' });
    expect(await mailsTo(testDb.db, testCipher, other.email)).toEqual([]);
  });
});
