import type { NotificationDispatcher } from '../notifications/index.ts';
import type { DoseNotifier } from './reminder-engine.ts';

/**
 * Reminders through the platform's notification dispatcher: it stores each in the engine's
 * transaction (a dose's second notification of a kind is dropped there) and announces it after
 * commit.
 */
export function doseNotifierFor(dispatcher: Pick<NotificationDispatcher, 'notifyMany'>): DoseNotifier {
  return {
    async notify(db, notices) {
      await dispatcher.notifyMany(
        db,
        notices.map((notice) => ({
          notification: {
            userId: notice.userId,
            kind: notice.kind,
            title: notice.title,
            link: notice.link,
            ...(notice.doseEventId ? { doseEventId: notice.doseEventId } : {}),
          },
          options: {
            channels: notice.channels,
            ...(notice.sendAfter ? { sendAfter: notice.sendAfter } : {}),
          },
        })),
      );
    },
  };
}
