import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import { runOnce } from '../../platform/jobs/run-once.ts';
import type { ClaimedDelivery, DeliveriesRepo, DeliveryResult } from './deliveries.repo.ts';
import type { ChannelOutcome, DeliveryChannels } from './delivery-channels.ts';

export const DELIVER_QUEUE = 'notifications.deliver';

/** Attempts per delivery; after the last failure it stays failed. */
export const MAX_DELIVERY_ATTEMPTS = 5;
/**
 * Minutes to wait after the n-th failed attempt (1-based). Short: a notification is about now, and
 * one that arrives hours late (a dose reminder) misleads more than it helps.
 */
const RETRY_AFTER_MINUTES = [1, 2, 5, 15];
/** Deliveries one run attempts at most; the next run (a minute later at the latest) goes on. */
const BATCH = 100;

export type DeliveryReport = { sent: number; skipped: number; retrying: number; failed: number };

/**
 * Works through the delivery outbox. Each attempt is claimed (counted, marked as sending, recorded in
 * job_completions) in a transaction before anything leaves, and released only by its result: two
 * workers never send the same delivery, and a worker that dies mid-attempt leaves it marked as sending
 * rather than sending it twice (run-once.ts's at-most-once rule for effects outside the database).
 * Failures the provider calls temporary are retried with backoff; a delivery due later waits.
 */
export function createNotificationDelivery(deps: {
  db: Executor;
  repo: Pick<DeliveriesRepo, 'listDue' | 'claim' | 'finishAttempt'>;
  channels: Pick<DeliveryChannels, 'deliver'>;
  clock: Clock;
  log: Logger;
}) {
  const { db, repo, clock, log } = deps;

  async function claim(id: string, attempts: number): Promise<ClaimedDelivery | undefined> {
    let claimed: ClaimedDelivery | undefined;
    await runOnce(db, { queue: DELIVER_QUEUE, jobKey: `delivery:${id}:${attempts + 1}` }, async (trx) => {
      claimed = await repo.claim(trx, id, attempts, clock.now());
    });
    return claimed;
  }

  function resultOf(delivery: ClaimedDelivery, outcome: ChannelOutcome): DeliveryResult {
    if (outcome.kind === 'sent') return { status: 'sent' };
    if (outcome.kind === 'skipped') return { status: 'skipped', reason: outcome.reason };
    const backoffMinutes = RETRY_AFTER_MINUTES[delivery.attempt - 1];
    if (!outcome.isRetryable || delivery.attempt >= MAX_DELIVERY_ATTEMPTS || backoffMinutes === undefined) {
      return { status: 'failed', reason: outcome.reason };
    }
    const waitMs = Math.max(backoffMinutes * 60_000, outcome.retryAfterMs ?? 0);
    return { status: 'retry', reason: outcome.reason, dueAt: new Date(clock.now().getTime() + waitMs) };
  }

  async function attempt(delivery: ClaimedDelivery): Promise<DeliveryResult> {
    let outcome: ChannelOutcome;
    try {
      outcome = await deps.channels.deliver(delivery);
    } catch (error) {
      // Unknown how far it got: not retried, so that it is never sent twice.
      log.error(
        { err: error, deliveryId: delivery.id, channel: delivery.channel },
        'delivery attempt failed',
      );
      outcome = { kind: 'failed', reason: 'internal_error', isRetryable: false };
    }
    const result = resultOf(delivery, outcome);
    await repo.finishAttempt(db, delivery.id, result, clock.now());
    const fields = {
      deliveryId: delivery.id,
      notificationId: delivery.notification.id,
      channel: delivery.channel,
      kind: delivery.notification.kind,
      attempt: delivery.attempt,
    };
    if (result.status === 'sent') log.info(fields, 'notification delivered');
    else if (result.status === 'skipped')
      log.info({ ...fields, reason: result.reason }, 'notification skipped');
    else
      log.warn(
        { ...fields, reason: result.reason, willRetry: result.status === 'retry' },
        'notification not delivered',
      );
    return result;
  }

  return {
    /** Attempts every delivery that is due (up to a batch). */
    async deliverDue(): Promise<DeliveryReport> {
      const report: DeliveryReport = { sent: 0, skipped: 0, retrying: 0, failed: 0 };
      const due = await repo.listDue(db, clock.now(), BATCH);
      for (const { id, attempts } of due) {
        const delivery = await claim(id, attempts);
        if (!delivery) continue;
        const result = await attempt(delivery);
        if (result.status === 'sent') report.sent += 1;
        else if (result.status === 'skipped') report.skipped += 1;
        else if (result.status === 'retry') report.retrying += 1;
        else report.failed += 1;
      }
      return report;
    },
  };
}
export type NotificationDelivery = ReturnType<typeof createNotificationDelivery>;
