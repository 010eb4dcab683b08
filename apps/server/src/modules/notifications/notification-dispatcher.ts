import { randomUUID } from 'node:crypto';
import type { NotificationKind } from '@nexus/contracts';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import { afterCommit, type Executor } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import { DELIVER_QUEUE } from './notification-delivery.ts';
import type { NotificationHub } from './notification-hub.ts';
import { toLiveNotification } from './notifications.presenter.ts';
import type { NotificationRow, NotificationsRepo } from './notifications.repo.ts';
import type { ExternalChannel } from './notifications.tables.ts';

/** Where a notification goes: the app (live, over the WebSocket) and the channels outside it. */
export type NotificationChannel = 'in-app' | ExternalChannel;

/**
 * A notification to make. It carries no health data, because it ends up on lock screens, in SMS and in
 * mailboxes: `title` is a fixed sentence ("It is time for your 08:00 medicines"), never a medicine,
 * a diagnosis or a result, and `link` a path into the app, where the page checks access again.
 */
export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  title: string;
  /** A path in the app: `/patient/medicines`, never an absolute or protocol-relative address. */
  link: string;
  /** The dose it is about: a dose gets at most one notification of each kind, ever. */
  doseEventId?: string;
};

export type NotifyOptions = {
  /**
   * Where it goes. The notification is always stored (the list behind the bell shows it, and it is what
   * makes "never twice" hold); 'in-app' also announces it at once on the user's open WebSockets. The
   * user's preferences are the caller's business; whether the user can be reached on a channel (a push
   * subscription, a phone number) is decided when it is sent, and a delivery without one is skipped.
   */
  channels: readonly NotificationChannel[];
  /** Push, e-mail and SMS wait until then (quiet hours); the in-app notification is there at once. */
  sendAfter?: Date;
};

export type NotifyResult =
  | { status: 'created'; notificationId: string; channels: ExternalChannel[] }
  /** The dose already had a notification of this kind: nothing was stored or sent. */
  | { status: 'duplicate' };

const MAX_TITLE_LENGTH = 200;
/** An absolute path of the app: one slash, then no whitespace or backslash (no `//host`, no `/\host`). */
const APP_PATH = /^\/(?![/\\])[^\s\\]{0,499}$/;

function assertSafe(notification: NewNotification): void {
  const { title, link } = notification;
  if (title.trim() === '' || title.length > MAX_TITLE_LENGTH || /[\r\n]/.test(title)) {
    throw new Error(`a notification's title is one line of 1 to ${MAX_TITLE_LENGTH} characters`);
  }
  if (!APP_PATH.test(link)) throw new Error("a notification's link is a path in the app (/…)");
}

/**
 * Makes notifications, inside the caller's transaction: the notification row, and a delivery row per
 * external channel that the delivery job sends (at once or after `sendAfter`). Only once the caller's
 * transaction has committed does anything leave: the live message to the user's WebSockets and the
 * nudge to the delivery job. A rolled-back transaction therefore announces nothing, and a dose's
 * second notification of a kind is stored, queued and announced never.
 */
export function createNotificationDispatcher(deps: {
  repo: Pick<NotificationsRepo, 'insert' | 'insertMany' | 'insertDeliveries'>;
  hub: Pick<NotificationHub, 'publish'>;
  queue: JobQueue;
  clock: Clock;
  log: Logger;
}) {
  const { repo, clock, log } = deps;

  function announce(stored: NotificationRow, isLive: boolean, isDueNow: boolean) {
    if (isLive) {
      deps.hub
        .publish({ userId: stored.userId, notification: toLiveNotification(stored) })
        .catch((error: unknown) =>
          log.warn({ err: error, notificationId: stored.id }, 'live notification not published'),
        );
    }
    if (isDueNow) {
      deps.queue
        .send(DELIVER_QUEUE, {})
        .catch((error: unknown) => log.warn({ err: error }, 'notification delivery not started'));
    }
  }

  return {
    /**
     * Stores a notification and queues its deliveries in `executor`'s transaction (or on its own when
     * given the database). Throws when the title or link could carry more than a sentence and a path.
     */
    async notify(
      executor: Executor,
      notification: NewNotification,
      options: NotifyOptions,
    ): Promise<NotifyResult> {
      assertSafe(notification);
      const now = clock.now();
      const stored = await repo.insert(executor, {
        id: randomUUID(),
        userId: notification.userId,
        kind: notification.kind,
        title: notification.title,
        link: notification.link,
        createdAt: now,
        doseEventId: notification.doseEventId ?? null,
      });
      if (!stored) {
        log.info({ kind: notification.kind }, 'notification already made for this dose');
        return { status: 'duplicate' };
      }
      const external = [
        ...new Set(options.channels.filter((channel): channel is ExternalChannel => channel !== 'in-app')),
      ];
      const dueAt = options.sendAfter && options.sendAfter > now ? options.sendAfter : now;
      await repo.insertDeliveries(
        executor,
        external.map((channel) => ({
          id: randomUUID(),
          notificationId: stored.id,
          channel,
          dueAt,
          createdAt: now,
        })),
      );
      const isLive = options.channels.includes('in-app');
      const isDueNow = external.length > 0 && dueAt.getTime() === now.getTime();
      // A delivery due later is found by the job's run every minute.
      afterCommit(executor, () => announce(stored, isLive, isDueNow));
      log.info({ notificationId: stored.id, kind: stored.kind, channels: external }, 'notification made');
      return { status: 'created', notificationId: stored.id, channels: external };
    },

    /**
     * The same for many notifications at once (a minute's dose reminders): a few statements per
     * chunk instead of two per notification. Duplicates of a dose and kind are dropped as in `notify`.
     * Returns how many were created.
     */
    async notifyMany(
      executor: Executor,
      items: ReadonlyArray<{ notification: NewNotification; options: NotifyOptions }>,
    ): Promise<number> {
      const now = clock.now();
      let created = 0;
      for (let start = 0; start < items.length; start += 500) {
        const chunk = items.slice(start, start + 500).map((item) => {
          assertSafe(item.notification);
          return { ...item, id: randomUUID() as string };
        });
        const stored = await repo.insertMany(
          executor,
          chunk.map(({ id, notification }) => ({
            id,
            userId: notification.userId,
            kind: notification.kind,
            title: notification.title,
            link: notification.link,
            createdAt: now,
            doseEventId: notification.doseEventId ?? null,
          })),
        );
        const optionsOf = new Map<string, NotifyOptions>(chunk.map((item) => [item.id, item.options]));
        const deliveries = stored.flatMap((row) => {
          const options = optionsOf.get(row.id);
          if (!options) return [];
          const dueAt = options.sendAfter && options.sendAfter > now ? options.sendAfter : now;
          return [...new Set(options.channels.filter((c): c is ExternalChannel => c !== 'in-app'))].map(
            (channel) => ({
              id: randomUUID(),
              notificationId: row.id,
              channel,
              dueAt,
              createdAt: now,
            }),
          );
        });
        await repo.insertDeliveries(executor, deliveries);
        const isDueNow = deliveries.some((delivery) => delivery.dueAt.getTime() === now.getTime());
        afterCommit(executor, () => {
          for (const row of stored)
            if (optionsOf.get(row.id)?.channels.includes('in-app')) announce(row, true, false);
          if (isDueNow) announce(stored[0] as NotificationRow, false, true);
        });
        created += stored.length;
      }
      if (created > 0) log.info({ created }, 'notifications made');
      return created;
    },
  };
}
export type NotificationDispatcher = ReturnType<typeof createNotificationDispatcher>;
