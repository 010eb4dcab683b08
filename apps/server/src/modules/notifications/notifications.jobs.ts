import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Config } from '../../platform/config.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { QueueDefinition } from '../../platform/jobs/job-queue.ts';
import { outboxSweepQueue } from '../../platform/jobs/outbox-sweep.ts';
import type { MailOutbox } from '../mail/index.ts';
import { createDeliveriesRepo } from './deliveries.repo.ts';
import { createDeliveryChannels } from './delivery-channels.ts';
import { createNotificationDelivery, DELIVER_QUEUE } from './notification-delivery.ts';
import { createNotificationsRepo } from './notifications.repo.ts';
import { createPushRepo } from './push.repo.ts';
import { type SmsSender, smsSenderFor } from './sms-sender.ts';
import { createVapidKeys } from './vapid-keys.ts';
import { createWebPushSender, type PushSender } from './web-push-sender.ts';

/**
 * `notifications.deliver` works through the delivery outbox: every minute (which is when deliveries
 * due later are found), and soon after each notification that is due at once (the dispatcher starts a
 * run once its transaction has committed).
 */
export function notificationJobs(deps: {
  db: Executor;
  clock: Clock;
  cipher: Pick<EnvelopeCipher, 'encrypt' | 'decryptText'>;
  outbox: MailOutbox;
  config: Pick<Config, 'notifications' | 'publicUrl'>;
  log: Logger;
  /** Default: web-push. */
  pushSender?: PushSender;
  /** Default: the configured provider (SMS_PROVIDER). */
  smsSender?: SmsSender;
}): QueueDefinition<Record<string, never>>[] {
  const pushRepo = createPushRepo();
  const delivery = createNotificationDelivery({
    db: deps.db,
    repo: createDeliveriesRepo(),
    channels: createDeliveryChannels({
      db: deps.db,
      notifications: createNotificationsRepo(),
      push: pushRepo,
      vapid: createVapidKeys({ ...deps, repo: pushRepo, config: deps.config.notifications }),
      pushSender: deps.pushSender ?? createWebPushSender(),
      smsSender: deps.smsSender ?? smsSenderFor(deps.config.notifications.sms, deps.log),
      outbox: deps.outbox,
      publicUrl: deps.config.publicUrl,
      log: deps.log,
    }),
    clock: deps.clock,
    log: deps.log,
  });
  return [outboxSweepQueue(DELIVER_QUEUE, () => delivery.deliverDue())];
}
