import type { Logger } from 'pino';
import type { Executor } from '../../platform/db/database.ts';
import type { MailOutbox } from '../mail/index.ts';
import type { ClaimedDelivery } from './deliveries.repo.ts';
import { notificationMail, notificationSms } from './notification-messages.ts';
import type { NotificationsRepo, Recipient } from './notifications.repo.ts';
import type { PushRepo } from './push.repo.ts';
import type { SmsSender } from './sms-sender.ts';
import type { VapidKeys } from './vapid-keys.ts';
import type { PushSender } from './web-push-sender.ts';

/** What one attempt on one channel came to. */
export type ChannelOutcome =
  | { kind: 'sent' }
  /** The user cannot be reached this way; trying again would not change that. */
  | { kind: 'skipped'; reason: SkipReason }
  | { kind: 'failed'; reason: string; isRetryable: boolean; retryAfterMs?: number };

export type SkipReason =
  | 'account_disabled'
  | 'no_push_subscription'
  | 'push_subscriptions_gone'
  | 'no_phone_number';

/**
 * Sends one claimed delivery on its channel. Whether the user can be reached is decided now, not when
 * the notification was made: push needs a subscription, SMS a phone number, e-mail the account's
 * address, and a disabled account gets nothing.
 */
export function createDeliveryChannels(deps: {
  db: Executor;
  notifications: Pick<NotificationsRepo, 'recipient'>;
  push: Pick<PushRepo, 'subscriptionsOf' | 'deleteGone'>;
  vapid: Pick<VapidKeys, 'details'>;
  pushSender: PushSender;
  smsSender: SmsSender;
  outbox: MailOutbox;
  publicUrl: string;
  log: Logger;
}) {
  const { db, log } = deps;

  async function byPush(delivery: ClaimedDelivery): Promise<ChannelOutcome> {
    const subscriptions = await deps.push.subscriptionsOf(db, delivery.notification.userId);
    if (subscriptions.length === 0) return { kind: 'skipped', reason: 'no_push_subscription' };
    const vapid = await deps.vapid.details();
    const payload = { title: delivery.notification.title, link: delivery.notification.link };
    let accepted = 0;
    let gone = 0;
    let failure: Extract<ChannelOutcome, { kind: 'failed' }> | undefined;
    for (const subscription of subscriptions) {
      const outcome = await deps.pushSender.send(subscription, payload, vapid);
      if (outcome.kind === 'accepted') accepted += 1;
      else if (outcome.kind === 'gone') {
        gone += 1;
        await deps.push.deleteGone(db, subscription.id);
        log.info({ deliveryId: delivery.id }, 'push subscription removed: gone at the push service');
      } else if (!failure || outcome.isRetryable) {
        failure = { kind: 'failed', reason: outcome.reason, isRetryable: outcome.isRetryable };
      }
    }
    // One browser that took it is a delivery: a retry would show it twice there.
    if (accepted > 0) return { kind: 'sent' };
    if (failure) return failure;
    return gone > 0
      ? { kind: 'skipped', reason: 'push_subscriptions_gone' }
      : { kind: 'skipped', reason: 'no_push_subscription' };
  }

  async function bySms(delivery: ClaimedDelivery, recipient: Recipient): Promise<ChannelOutcome> {
    if (!recipient.phoneE164) return { kind: 'skipped', reason: 'no_phone_number' };
    const outcome = await deps.smsSender.send({
      to: recipient.phoneE164,
      body: notificationSms(delivery.notification, deps.publicUrl),
      kind: delivery.notification.kind,
    });
    return outcome.kind === 'accepted' ? { kind: 'sent' } : outcome;
  }

  async function byEmail(delivery: ClaimedDelivery, recipient: Recipient): Promise<ChannelOutcome> {
    // The mail outbox takes it from here, with its own retries; its insert is the hand-over.
    await deps.outbox.enqueue(notificationMail(recipient.email, delivery.notification, deps.publicUrl));
    return { kind: 'sent' };
  }

  return {
    async deliver(delivery: ClaimedDelivery): Promise<ChannelOutcome> {
      const recipient = await deps.notifications.recipient(db, delivery.notification.userId);
      if (!recipient || recipient.isDisabled) return { kind: 'skipped', reason: 'account_disabled' };
      switch (delivery.channel) {
        case 'push':
          return byPush(delivery);
        case 'email':
          return byEmail(delivery, recipient);
        case 'sms':
          return bySms(delivery, recipient);
      }
    },
  };
}
export type DeliveryChannels = ReturnType<typeof createDeliveryChannels>;
