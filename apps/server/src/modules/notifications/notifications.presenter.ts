import type { LiveNotification, NotificationItem } from '@nexus/contracts';
import type { NotificationRow } from './notifications.repo.ts';

export const toNotificationItem = (row: NotificationRow): NotificationItem => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});

export const toLiveNotification = (
  row: Pick<NotificationRow, 'id' | 'kind' | 'title' | 'link' | 'createdAt'>,
): LiveNotification => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
});
