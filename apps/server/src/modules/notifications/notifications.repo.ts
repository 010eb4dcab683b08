import type { NotificationKind } from '@nexus/contracts';
import { type Selectable, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { ExternalChannel, NotificationsTable } from './notifications.tables.ts';

export type NotificationRow = {
  id: string;
  userId: string;
  kind: NotificationKind;
  title: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
};

/** How a user can be reached outside the app, read when a delivery is due (not when it was queued). */
export type Recipient = { email: string; phoneE164: string | null; isDisabled: boolean };

const COLUMNS = ['id', 'user_id', 'kind', 'title', 'link', 'created_at', 'read_at'] as const;

const toRow = (row: Pick<Selectable<NotificationsTable>, (typeof COLUMNS)[number]>): NotificationRow => ({
  id: row.id,
  userId: row.user_id,
  kind: row.kind,
  title: row.title,
  link: row.link,
  createdAt: new Date(row.created_at),
  readAt: row.read_at ? new Date(row.read_at) : null,
});

/** SQL for notifications and their deliveries' outbox rows. Every function takes the executor to run on. */
export function createNotificationsRepo() {
  return {
    /**
     * Stores a notification; undefined when the dose already has one of this kind (the unique index on
     * dose_event_id and kind), so the caller sends nothing a second time.
     */
    async insert(
      db: Executor,
      notification: Omit<NotificationRow, 'readAt'> & { doseEventId: string | null },
    ): Promise<NotificationRow | undefined> {
      const row = await db
        .insertInto('notifications')
        .values({
          id: notification.id,
          user_id: notification.userId,
          kind: notification.kind,
          title: notification.title,
          link: notification.link,
          created_at: notification.createdAt,
          dose_event_id: notification.doseEventId,
        })
        .onConflict((oc) =>
          oc.columns(['dose_event_id', 'kind']).where('dose_event_id', 'is not', null).doNothing(),
        )
        .returning(COLUMNS)
        .executeTakeFirst();
      return row && toRow(row);
    },

    /** Many notifications in one statement; a dose's second of a kind is left out of the rows returned. */
    async insertMany(
      db: Executor,
      notifications: ReadonlyArray<Omit<NotificationRow, 'readAt'> & { doseEventId: string | null }>,
    ): Promise<NotificationRow[]> {
      if (notifications.length === 0) return [];
      const rows = await db
        .insertInto('notifications')
        .values(
          notifications.map((notification) => ({
            id: notification.id,
            user_id: notification.userId,
            kind: notification.kind,
            title: notification.title,
            link: notification.link,
            created_at: notification.createdAt,
            dose_event_id: notification.doseEventId,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['dose_event_id', 'kind']).where('dose_event_id', 'is not', null).doNothing(),
        )
        .returning(COLUMNS)
        .execute();
      return rows.map(toRow);
    },

    async insertDeliveries(
      db: Executor,
      deliveries: ReadonlyArray<{
        id: string;
        notificationId: string;
        channel: ExternalChannel;
        dueAt: Date;
        createdAt: Date;
      }>,
    ): Promise<void> {
      if (deliveries.length === 0) return;
      await db
        .insertInto('notification_deliveries')
        .values(
          deliveries.map((delivery) => ({
            id: delivery.id,
            notification_id: delivery.notificationId,
            channel: delivery.channel,
            status: 'pending' as const,
            due_at: delivery.dueAt,
            created_at: delivery.createdAt,
          })),
        )
        .execute();
    },

    /** A user's newest notifications and how many of all theirs are unread. */
    async listForUser(
      db: Executor,
      userId: string,
      limit: number,
    ): Promise<{ items: NotificationRow[]; unreadCount: number }> {
      const [items, unread] = await Promise.all([
        db
          .selectFrom('notifications')
          .select(COLUMNS)
          .where('user_id', '=', userId)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(limit)
          .execute(),
        db
          .selectFrom('notifications')
          .select(sql<string>`count(*)`.as('count'))
          .where('user_id', '=', userId)
          .where('read_at', 'is', null)
          .executeTakeFirst(),
      ]);
      return { items: items.map(toRow), unreadCount: Number(unread?.count ?? 0) };
    },

    /** Marks one of the user's notifications read (keeping the first time); false if it is not theirs. */
    async markRead(db: Executor, userId: string, notificationId: string, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('notifications')
        .set({ read_at: sql`coalesce(read_at, ${now})` })
        .where('id', '=', notificationId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async recipient(db: Executor, userId: string): Promise<Recipient | undefined> {
      const row = await db
        .selectFrom('users')
        .select(['email', 'phone_e164', 'disabled_at'])
        .where('id', '=', userId)
        .executeTakeFirst();
      return row && { email: row.email, phoneE164: row.phone_e164, isDisabled: row.disabled_at !== null };
    },
  };
}
export type NotificationsRepo = ReturnType<typeof createNotificationsRepo>;
