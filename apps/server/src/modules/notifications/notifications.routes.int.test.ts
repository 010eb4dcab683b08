import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { NotificationList, VapidPublicKey } from '@nexus/contracts';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type TestUser } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { notificationDispatcherFor } from './index.ts';
import { createLocalHub } from './notification-hub.ts';
import { createRecordingQueue } from './notifications.test-helpers.ts';

/** A browser's PushSubscription JSON. */
function browserSubscription(endpoint = `https://push.example.org/send/${randomUUID()}`) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    endpoint,
    expirationTime: null,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
  };
}

describe('the notifications API', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let aliceClient: SignedInClient;
  let bobClient: SignedInClient;

  beforeAll(async () => {
    t = await createTestApp();
    alice = await buildUser(t.testDb.db, t.clock, { role: 'patient' });
    bob = await buildUser(t.testDb.db, t.clock, { role: 'doctor' });
    aliceClient = await signedIn(t, alice);
    bobClient = await signedIn(t, bob);
  });
  afterAll(() => t?.close());

  const subscriptionsOf = (userId: string) =>
    t.testDb.db.kysely
      .selectFrom('push_subscriptions')
      .select('endpoint')
      .where('user_id', '=', userId)
      .execute();

  describe('the list', () => {
    it('lists the user’s own notifications, newest first, and marks one read', async () => {
      const dispatcher = notificationDispatcherFor({
        hub: createLocalHub(),
        queue: createRecordingQueue(),
        clock: t.clock,
        log: pino({ level: 'silent' }),
      });
      const made = await dispatcher.notify(
        t.testDb.db.kysely,
        { userId: alice.id, kind: 'refill', title: 'Time to order a refill', link: '/patient/medicines' },
        { channels: ['in-app'] },
      );
      if (made.status !== 'created') throw new Error('not created');
      const list = NotificationList.parse(
        (await aliceClient.request({ method: 'GET', url: '/api/v1/notifications' })).json(),
      );
      expect(list).toEqual({
        unreadCount: 1,
        items: [
          {
            id: made.notificationId,
            kind: 'refill',
            title: 'Time to order a refill',
            link: '/patient/medicines',
            createdAt: t.clock.now().toISOString(),
            readAt: null,
          },
        ],
      });
      const url = `/api/v1/notifications/${made.notificationId}/read`;
      expect((await bobClient.request({ method: 'POST', url })).json()).toMatchObject({
        status: 404,
        code: 'notification_not_found',
      });
      expect((await aliceClient.request({ method: 'POST', url })).statusCode).toBe(204);
      const after = NotificationList.parse(
        (await aliceClient.request({ method: 'GET', url: '/api/v1/notifications' })).json(),
      );
      expect(after.unreadCount).toBe(0);
      expect(after.items[0]?.readAt).toBe(t.clock.now().toISOString());
    });

    it('answers a malformed id with a problem', async () => {
      const response = await aliceClient.request({
        method: 'POST',
        url: '/api/v1/notifications/not-an-id/read',
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  describe('web push', () => {
    it('gives the same VAPID public key every time, keeping the private key encrypted', async () => {
      const first = VapidPublicKey.parse(
        (await aliceClient.request({ method: 'GET', url: '/api/v1/push/vapid-public-key' })).json(),
      );
      const second = VapidPublicKey.parse(
        (await bobClient.request({ method: 'GET', url: '/api/v1/push/vapid-public-key' })).json(),
      );
      expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
      expect(second).toEqual(first);
      const row = await t.testDb.db.kysely.selectFrom('web_push_keys').selectAll().executeTakeFirstOrThrow();
      expect(row.public_key).toBe(first.publicKey);
      expect(row.private_key_envelope).toMatch(/^nx1\./);
    });

    it('keeps this browser’s subscription, and forgets it on request', async () => {
      const subscription = browserSubscription();
      const created = await aliceClient.request({
        method: 'POST',
        url: '/api/v1/push/subscriptions',
        payload: subscription,
      });
      expect(created.statusCode).toBe(204);
      expect(await subscriptionsOf(alice.id)).toEqual([{ endpoint: subscription.endpoint }]);
      // Subscribing again (a reload) changes nothing.
      await aliceClient.request({ method: 'POST', url: '/api/v1/push/subscriptions', payload: subscription });
      expect(await subscriptionsOf(alice.id)).toHaveLength(1);

      const removed = await aliceClient.request({
        method: 'DELETE',
        url: '/api/v1/push/subscriptions',
        payload: { endpoint: subscription.endpoint },
      });
      expect(removed.statusCode).toBe(204);
      expect(await subscriptionsOf(alice.id)).toEqual([]);
      const again = await aliceClient.request({
        method: 'DELETE',
        url: '/api/v1/push/subscriptions',
        payload: { endpoint: subscription.endpoint },
      });
      expect(again.statusCode).toBe(204);
      const actions = await t.testDb.db.kysely
        .selectFrom('audit_events')
        .select('action')
        .where('actor_user_id', '=', alice.id)
        .where('action', 'like', 'notifications.%')
        .orderBy('seq')
        .execute();
      expect(actions.map((a) => a.action)).toEqual([
        'notifications.push_subscribed',
        'notifications.push_subscribed',
        'notifications.push_unsubscribed',
      ]);
    });

    it('moves a browser’s subscription to whoever subscribed on it last', async () => {
      const subscription = browserSubscription();
      await aliceClient.request({ method: 'POST', url: '/api/v1/push/subscriptions', payload: subscription });
      await bobClient.request({ method: 'POST', url: '/api/v1/push/subscriptions', payload: subscription });
      expect(await subscriptionsOf(alice.id)).toEqual([]);
      expect(await subscriptionsOf(bob.id)).toEqual([{ endpoint: subscription.endpoint }]);
      // Alice cannot remove what is now Bob's.
      await aliceClient.request({
        method: 'DELETE',
        url: '/api/v1/push/subscriptions',
        payload: { endpoint: subscription.endpoint },
      });
      expect(await subscriptionsOf(bob.id)).toHaveLength(1);
    });

    it.each([
      ['a plain http endpoint', browserSubscription('http://push.example.org/send/1')],
      ['an IP address', browserSubscription('https://169.254.169.254/latest/meta-data')],
      ['a loopback name', browserSubscription('https://localhost:8443/push')],
      ['a key that is not a P-256 point', { ...browserSubscription(), keys: { p256dh: 'abc', auth: 'def' } }],
      ['no keys', { endpoint: 'https://push.example.org/send/2' }],
    ])('refuses %s with a problem', async (_case, payload) => {
      const response = await aliceClient.request({
        method: 'POST',
        url: '/api/v1/push/subscriptions',
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });
});
