import type { Executor } from '../../platform/db/database.ts';

/** A browser's push subscription: where to send, and the keys to encrypt for it. */
export type PushSubscriptionRow = { id: string; endpoint: string; p256dh: string; auth: string };

/** SQL for web push: the users' browser subscriptions and the platform's VAPID key pair. */
export function createPushRepo() {
  return {
    /**
     * Keeps a browser's subscription for the user. An endpoint belongs to one browser profile; when
     * another user signs in there and subscribes, the endpoint moves to them, so the previous user's
     * notifications stop going to a browser they no longer use.
     */
    async upsertSubscription(
      db: Executor,
      subscription: Omit<PushSubscriptionRow, 'id'> & { id: string; userId: string; createdAt: Date },
    ): Promise<void> {
      await db
        .insertInto('push_subscriptions')
        .values({
          id: subscription.id,
          user_id: subscription.userId,
          endpoint: subscription.endpoint,
          p256dh: subscription.p256dh,
          auth: subscription.auth,
          created_at: subscription.createdAt,
        })
        .onConflict((oc) =>
          oc.column('endpoint').doUpdateSet((eb) => ({
            user_id: eb.ref('excluded.user_id'),
            p256dh: eb.ref('excluded.p256dh'),
            auth: eb.ref('excluded.auth'),
            created_at: eb.ref('excluded.created_at'),
          })),
        )
        .execute();
    },

    /** Removes the user's subscription at this endpoint; false when they have none there. */
    async deleteSubscription(db: Executor, userId: string, endpoint: string): Promise<boolean> {
      const result = await db
        .deleteFrom('push_subscriptions')
        .where('user_id', '=', userId)
        .where('endpoint', '=', endpoint)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** Removes a subscription the push service says no longer exists (404/410). */
    async deleteGone(db: Executor, id: string): Promise<void> {
      await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
    },

    async subscriptionsOf(db: Executor, userId: string): Promise<PushSubscriptionRow[]> {
      return db
        .selectFrom('push_subscriptions')
        .select(['id', 'endpoint', 'p256dh', 'auth'])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },

    async findVapidKeys(
      db: Executor,
    ): Promise<{ publicKey: string; privateKeyEnvelope: string } | undefined> {
      const row = await db
        .selectFrom('web_push_keys')
        .select(['public_key', 'private_key_envelope'])
        .where('id', '=', 'vapid')
        .executeTakeFirst();
      return row && { publicKey: row.public_key, privateKeyEnvelope: row.private_key_envelope };
    },

    /** Stores a key pair unless one is there already (another process made it first): theirs wins. */
    async insertVapidKeys(
      db: Executor,
      keys: { publicKey: string; privateKeyEnvelope: string; createdAt: Date },
    ): Promise<void> {
      await db
        .insertInto('web_push_keys')
        .values({
          id: 'vapid',
          public_key: keys.publicKey,
          private_key_envelope: keys.privateKeyEnvelope,
          created_at: keys.createdAt,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },
  };
}
export type PushRepo = ReturnType<typeof createPushRepo>;
