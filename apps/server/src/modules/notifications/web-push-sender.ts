import webPush from 'web-push';
import type { PushSubscriptionRow } from './push.repo.ts';
import type { VapidDetails } from './vapid-keys.ts';

/** What a push notification says: the notification's title and where it opens, nothing else. */
export type PushPayload = { title: string; link: string };

/** How a push service answered one subscription. */
export type PushOutcome =
  | { kind: 'accepted' }
  /** 404/410: the browser unsubscribed or the subscription expired; it is removed. */
  | { kind: 'gone' }
  | { kind: 'failed'; reason: string; isRetryable: boolean };

/** The port push delivery goes through: web-push in production, a fake in tests. */
export type PushSender = {
  send(subscription: PushSubscriptionRow, payload: PushPayload, vapid: VapidDetails): Promise<PushOutcome>;
};

/** A push older than this is not worth showing (a reminder hours late misleads); the service drops it. */
const PUSH_TTL_SECONDS = 4 * 3600;
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * The push service's answer in a form to store: the status, never its body (it may echo the endpoint).
 * An error without a status is the connection's (refused, reset, timed out): worth another try.
 */
export function pushOutcomeOf(error: unknown): PushOutcome {
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode !== 'number') return { kind: 'failed', reason: 'network_error', isRetryable: true };
  if (statusCode === 404 || statusCode === 410) return { kind: 'gone' };
  return {
    kind: 'failed',
    reason: `HTTP ${statusCode}`,
    isRetryable: statusCode === 429 || statusCode >= 500,
  };
}

/**
 * Web push (RFC 8030) with VAPID (RFC 8292) through the `web-push` package: the payload is encrypted
 * for the browser (aes128gcm, RFC 8291), so the push service sees neither title nor link.
 * `sendNotification` is a parameter only so that tests can answer for the push service.
 */
export function createWebPushSender(
  sendNotification: typeof webPush.sendNotification = webPush.sendNotification,
): PushSender {
  return {
    async send(subscription, payload, vapid) {
      const target = {
        endpoint: subscription.endpoint,
        keys: { p256dh: subscription.p256dh, auth: subscription.auth },
      };
      const body = JSON.stringify({ title: payload.title, link: payload.link } satisfies PushPayload);
      const options: webPush.RequestOptions = {
        vapidDetails: vapid,
        TTL: PUSH_TTL_SECONDS,
        urgency: 'high',
        contentEncoding: 'aes128gcm',
        timeout: REQUEST_TIMEOUT_MS,
      };
      // A subscription whose keys cannot be used fails here, before any request: no retry helps it.
      try {
        webPush.generateRequestDetails(target, body, options);
      } catch {
        return { kind: 'failed', reason: 'invalid_subscription', isRetryable: false };
      }
      try {
        await sendNotification(target, body, options);
        return { kind: 'accepted' };
      } catch (error) {
        return pushOutcomeOf(error);
      }
    },
  };
}
