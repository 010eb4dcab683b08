import type { NotificationKind } from '@nexus/contracts';
import type { ColumnType } from 'kysely';

/** In-app notifications (migration 0010, kinds and dose_event_id from 0011): the record of every notification. */
export type NotificationsTable = {
  id: string;
  user_id: string;
  kind: NotificationKind;
  title: string;
  link: string;
  created_at: Date;
  read_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** The dose a medicines notification is about; unique per kind, so a dose is never announced twice. */
  dose_event_id: ColumnType<string | null, string | null | undefined, string | null>;
};

/** The channels a notification can leave the app on. */
export type ExternalChannel = 'push' | 'email' | 'sms';

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'skipped' | 'failed';

export type NotificationDeliveriesTable = {
  id: string;
  notification_id: string;
  channel: ExternalChannel;
  status: DeliveryStatus;
  due_at: Date;
  attempts: ColumnType<number, number | undefined, number>;
  claimed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Date;
};

export type PushSubscriptionsTable = {
  id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: Date;
};

export type WebPushKeysTable = {
  id: 'vapid';
  public_key: string;
  /** Envelope-encrypted with context `web-push-key:<id>`. */
  private_key_envelope: string;
  created_at: Date;
};

export type NotificationsTables = {
  notifications: NotificationsTable;
  notification_deliveries: NotificationDeliveriesTable;
  push_subscriptions: PushSubscriptionsTable;
  web_push_keys: WebPushKeysTable;
};
