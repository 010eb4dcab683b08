import type { NotificationKind } from '@nexus/contracts';
import type { Executor } from '../../platform/db/database.ts';
import type { DeliveryStatus, ExternalChannel } from './notifications.tables.ts';

/** A delivery taken for an attempt, with what its message says. */
export type ClaimedDelivery = {
  id: string;
  channel: ExternalChannel;
  /** This attempt's number, from 1. */
  attempt: number;
  notification: { id: string; userId: string; kind: NotificationKind; title: string; link: string };
};

/** What an attempt came to, as stored. */
export type DeliveryResult =
  | { status: 'sent' }
  | { status: 'skipped'; reason: string }
  | { status: 'retry'; reason: string; dueAt: Date }
  | { status: 'failed'; reason: string };

/** SQL for the delivery outbox. Every function takes the executor to run on. */
export function createDeliveriesRepo() {
  return {
    /** Deliveries waiting for an attempt whose time has come, oldest due first. */
    async listDue(db: Executor, now: Date, limit: number): Promise<Array<{ id: string; attempts: number }>> {
      return db
        .selectFrom('notification_deliveries')
        .select(['id', 'attempts'])
        .where('status', '=', 'pending')
        .where('due_at', '<=', now)
        .orderBy('due_at')
        .limit(limit)
        .execute();
    },

    /**
     * Takes one delivery for an attempt if it is still pending with the attempt count seen: the attempt
     * is counted and the row marked as sending, so no other worker sends it meanwhile.
     */
    async claim(
      db: Executor,
      id: string,
      seenAttempts: number,
      now: Date,
    ): Promise<ClaimedDelivery | undefined> {
      const claimed = await db
        .updateTable('notification_deliveries')
        .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), claimed_at: now }))
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('attempts', '=', seenAttempts)
        .returning(['id', 'channel', 'attempts', 'notification_id'])
        .executeTakeFirst();
      if (!claimed) return undefined;
      const notification = await db
        .selectFrom('notifications')
        .select(['id', 'user_id', 'kind', 'title', 'link'])
        .where('id', '=', claimed.notification_id)
        .executeTakeFirstOrThrow();
      return {
        id: claimed.id,
        channel: claimed.channel,
        attempt: claimed.attempts,
        notification: {
          id: notification.id,
          userId: notification.user_id,
          kind: notification.kind,
          title: notification.title,
          link: notification.link,
        },
      };
    },

    /** Ends an attempt with its result; the row leaves `sending` whatever it was. */
    async finishAttempt(db: Executor, id: string, result: DeliveryResult, now: Date): Promise<void> {
      const isFinal = result.status !== 'retry';
      const status: DeliveryStatus = result.status === 'retry' ? 'pending' : result.status;
      await db
        .updateTable('notification_deliveries')
        .set({
          status,
          claimed_at: null,
          finished_at: isFinal ? now : null,
          last_error: result.status === 'sent' ? null : result.reason.slice(0, 200),
          ...(result.status === 'retry' ? { due_at: result.dueAt } : {}),
        })
        .where('id', '=', id)
        .where('status', '=', 'sending')
        .execute();
    },

    /** A notification's deliveries, for tests and support. */
    async ofNotification(db: Executor, notificationId: string) {
      return db
        .selectFrom('notification_deliveries')
        .selectAll()
        .where('notification_id', '=', notificationId)
        .orderBy('channel')
        .execute();
    },
  };
}
export type DeliveriesRepo = ReturnType<typeof createDeliveriesRepo>;
