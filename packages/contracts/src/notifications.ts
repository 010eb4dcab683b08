import { z } from 'zod';

/**
 * Notifications: the in-app list (the bell), the live messages of the WebSocket `/ws`, and the web-push
 * subscriptions of the user's browsers. A notification carries no health data: a fixed sentence and
 * a link into the app, where the page checks access again.
 */

/** What a notification is about; each kind has its fixed sentences on the server. */
export const NotificationKind = z.enum([
  'risk-review',
  'dose-reminder',
  'dose-follow-up',
  'missed-dose',
  'prescription',
  'refill',
  'triage-summary',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const NotificationItem = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof NotificationItem>;
export const NotificationList = z.object({ items: z.array(NotificationItem), unreadCount: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;
export const NotificationParams = z.object({ notificationId: z.uuid() });

/** A new notification as the WebSocket announces it (the list has the rest). */
export const LiveNotification = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  link: z.string(),
  createdAt: z.string(),
});
export type LiveNotification = z.infer<typeof LiveNotification>;

/** Every message the server sends on `/ws`. A union, so that new message types can follow. */
export const LiveMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('notification'), notification: LiveNotification }),
]);
export type LiveMessage = z.infer<typeof LiveMessage>;

/** The WebSocket close code for "your session has ended": sign in again rather than reconnect. */
export const LIVE_SESSION_ENDED_CODE = 4401;

export const VapidPublicKey = z.object({
  /** The application server key for `PushManager.subscribe` (uncompressed P-256 point, base64url). */
  publicKey: z.string(),
});
export type VapidPublicKey = z.infer<typeof VapidPublicKey>;

/** `https://host[:port]` and then a path, query or nothing: a host of letters, digits, dots and hyphens. */
const HTTPS_HOST = /^https:\/\/([a-z0-9.-]+)(?::\d{1,5})?(?:[/?#]|$)/i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Whether the server may send pushes to this address: HTTPS to a named host. The server itself makes
 * the request, so loopback names and IP literals (an internal service, a cloud metadata address) are
 * refused, as are credentials in the address; push services are always named hosts. (A regular
 * expression rather than URL: the contracts run without DOM or Node types.)
 */
export function isAcceptablePushEndpoint(endpoint: string): boolean {
  const host = HTTPS_HOST.exec(endpoint)?.[1]?.toLowerCase();
  if (!host) return false;
  return (
    host.includes('.') &&
    !IPV4.test(host) &&
    !host.startsWith('.') &&
    !host.endsWith('.') &&
    host !== 'localhost' &&
    !host.endsWith('.localhost')
  );
}

const PushEndpoint = z
  .string()
  .max(2048)
  .refine(isAcceptablePushEndpoint, { message: 'must be an https:// address of a push service' });

/** A browser's PushSubscription as its `toJSON()` gives it. */
export const PushSubscriptionRequest = z.object({
  endpoint: PushEndpoint,
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    /** The browser's P-256 public key: 65 bytes, base64url. */
    p256dh: z.string().regex(/^[A-Za-z0-9_-]{87}=?$/, 'must be a P-256 public key in base64url'),
    /** The 16-byte authentication secret, base64url. */
    auth: z.string().regex(/^[A-Za-z0-9_-]{22}(==)?$/, 'must be a 16-byte secret in base64url'),
  }),
});
export type PushSubscriptionRequest = z.infer<typeof PushSubscriptionRequest>;

export const PushSubscriptionEndpoint = z.object({ endpoint: PushEndpoint });
export type PushSubscriptionEndpoint = z.infer<typeof PushSubscriptionEndpoint>;
