import type { NotificationList } from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/errors.ts';
import { toNotificationItem } from './notifications.presenter.ts';
import type { NotificationsRepo } from './notifications.repo.ts';

/** The list behind the bell holds this many of the newest notifications. */
const LIST_LIMIT = 50;

/** The signed-in user's own notifications: the list and marking one read. */
export function createNotificationInbox(deps: {
  db: Executor;
  repo: Pick<NotificationsRepo, 'listForUser' | 'markRead'>;
  clock: Clock;
}) {
  const { db, repo } = deps;
  return {
    async list(actor: Actor): Promise<NotificationList> {
      const { items, unreadCount } = await repo.listForUser(db, actor.userId, LIST_LIMIT);
      return { unreadCount, items: items.map(toNotificationItem) };
    },

    /** Someone else's notification is as unknown as one that does not exist. */
    async markRead(actor: Actor, notificationId: string): Promise<void> {
      if (!(await repo.markRead(db, actor.userId, notificationId, deps.clock.now())))
        throw notFound('notification_not_found', 'There is no such notification.');
    },
  };
}
export type NotificationInbox = ReturnType<typeof createNotificationInbox>;
