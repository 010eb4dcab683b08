import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type TestUser } from '../../../test/factories.ts';
import { createFakeClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { withTransaction } from '../../platform/db/database.ts';
import { createDeliveriesRepo } from './deliveries.repo.ts';
import { DELIVER_QUEUE } from './notification-delivery.ts';
import { createNotificationDispatcher } from './notification-dispatcher.ts';
import { createLocalHub } from './notification-hub.ts';
import { createNotificationsRepo } from './notifications.repo.ts';
import {
  createRecordingHub,
  createRecordingQueue,
  insertDoseEvent,
  settle,
} from './notifications.test-helpers.ts';

describe('the notification dispatcher', () => {
  let testDb: TestDatabase;
  let patient: TestUser;
  const clock = createFakeClock();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    patient = await buildUser(testDb.db, clock, { role: 'patient' });
  });
  afterAll(() => testDb?.destroy());

  const setUp = () => {
    const hub = createRecordingHub(createLocalHub());
    const queue = createRecordingQueue();
    const dispatcher = createNotificationDispatcher({
      repo: createNotificationsRepo(),
      hub,
      queue,
      clock,
      log: pino({ level: 'silent' }),
    });
    return { hub, queue, dispatcher };
  };
  const reminder = () => ({
    userId: patient.id,
    kind: 'dose-reminder' as const,
    title: 'It is time for your 08:00 medicines',
    link: '/patient/medicines',
  });
  const deliveriesOf = (notificationId: string) =>
    createDeliveriesRepo().ofNotification(testDb.db.kysely, notificationId);

  it('stores the notification and one delivery per external channel, and announces it after the commit', async () => {
    const { hub, queue, dispatcher } = setUp();
    const result = await withTransaction(testDb.db.kysely, async (trx) => {
      const made = await dispatcher.notify(trx, reminder(), {
        channels: ['in-app', 'push', 'email', 'sms', 'push'],
      });
      await settle();
      expect(hub.published, 'nothing leaves before the commit').toEqual([]);
      expect(queue.sent).toEqual([]);
      return made;
    });
    await settle();
    if (result.status !== 'created') throw new Error('not created');
    expect(result.channels.sort()).toEqual(['email', 'push', 'sms']);
    expect(hub.published).toEqual([
      {
        userId: patient.id,
        notification: {
          id: result.notificationId,
          kind: 'dose-reminder',
          title: 'It is time for your 08:00 medicines',
          link: '/patient/medicines',
          createdAt: clock.now().toISOString(),
        },
      },
    ]);
    expect(queue.sent.map((job) => job.queue)).toEqual([DELIVER_QUEUE]);
    const deliveries = await deliveriesOf(result.notificationId);
    expect(deliveries.map((d) => [d.channel, d.status, d.attempts])).toEqual([
      ['email', 'pending', 0],
      ['push', 'pending', 0],
      ['sms', 'pending', 0],
    ]);
  });

  it('announces nothing when the transaction rolls back', async () => {
    const { hub, queue, dispatcher } = setUp();
    await expect(
      withTransaction(testDb.db.kysely, async (trx) => {
        await dispatcher.notify(trx, reminder(), { channels: ['in-app', 'push'] });
        throw new Error('the caller changed its mind');
      }),
    ).rejects.toThrow('the caller changed its mind');
    await settle();
    expect(hub.published).toEqual([]);
    expect(queue.sent).toEqual([]);
  });

  it('makes a dose’s notification of a kind once, however often it is asked', async () => {
    const { hub, queue, dispatcher } = setUp();
    const patientId = patient.patientId ?? '';
    const doseEventId = await insertDoseEvent(testDb.db, patientId, clock.now());
    const first = await dispatcher.notify(
      testDb.db.kysely,
      { ...reminder(), doseEventId },
      { channels: ['in-app', 'sms'] },
    );
    const second = await dispatcher.notify(
      testDb.db.kysely,
      { ...reminder(), doseEventId },
      { channels: ['in-app', 'sms'] },
    );
    const followUp = await dispatcher.notify(
      testDb.db.kysely,
      { ...reminder(), kind: 'dose-follow-up', title: 'Did you take your 08:00 medicines?', doseEventId },
      { channels: ['in-app'] },
    );
    await settle();
    expect([first.status, second.status, followUp.status]).toEqual(['created', 'duplicate', 'created']);
    expect(hub.published).toHaveLength(2);
    expect(queue.sent).toHaveLength(1);
    const rows = await testDb.db.kysely
      .selectFrom('notifications')
      .select('kind')
      .where('dose_event_id', '=', doseEventId)
      .execute();
    expect(rows.map((row) => row.kind).sort()).toEqual(['dose-follow-up', 'dose-reminder']);
  });

  it('keeps external channels until sendAfter, with the in-app notification there at once', async () => {
    const { hub, queue, dispatcher } = setUp();
    const sendAfter = new Date(clock.now().getTime() + 3 * 3_600_000);
    const result = await dispatcher.notify(testDb.db.kysely, reminder(), {
      channels: ['in-app', 'push'],
      sendAfter,
    });
    await settle();
    if (result.status !== 'created') throw new Error('not created');
    expect(hub.published).toHaveLength(1);
    expect(queue.sent, 'the job finds it when it is due').toEqual([]);
    const [delivery] = await deliveriesOf(result.notificationId);
    expect(delivery?.due_at.getTime()).toBe(sendAfter.getTime());
  });

  it('sends nothing live without the in-app channel, but keeps the notification in the list', async () => {
    const { hub, dispatcher } = setUp();
    const result = await dispatcher.notify(testDb.db.kysely, reminder(), { channels: ['email'] });
    await settle();
    expect(result.status).toBe('created');
    expect(hub.published).toEqual([]);
  });

  it.each([
    ['an absolute address', { link: 'https://example.org/' }],
    ['a protocol-relative address', { link: '//example.org/patient' }],
    ['a backslash trick', { link: '/\\example.org' }],
    ['an empty title', { title: '  ' }],
    ['a title of two lines', { title: 'It is time\nfor your medicines' }],
  ])('refuses %s', async (_case, change) => {
    const { dispatcher } = setUp();
    await expect(
      dispatcher.notify(testDb.db.kysely, { ...reminder(), ...change }, { channels: ['in-app'] }),
    ).rejects.toThrow(/notification's (link|title)/);
  });
});
