import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Config } from '../../platform/config.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { QueueDefinition } from '../../platform/jobs/job-queue.ts';
import { outboxSweepQueue } from '../../platform/jobs/outbox-sweep.ts';
import { createMailRepo } from './mail.repo.ts';
import { createMailDelivery, DELIVER_QUEUE } from './mail-delivery.ts';
import { createSmtpTransport, type MailTransport } from './mail-transport.ts';

/**
 * `mail.deliver` sends what is due in the outbox: every minute, and soon after each new mail (the
 * outbox starts a run). Without SMTP_URL there is no such queue and mail stays in the outbox.
 */
export function mailJobs(deps: {
  db: Executor;
  clock: Clock;
  cipher: Pick<EnvelopeCipher, 'decryptText'>;
  config: Pick<Config, 'mail'>;
  log: Logger;
  /** Defaults to SMTP at config.mail.smtpUrl. */
  transport?: MailTransport;
}): QueueDefinition<Record<string, never>>[] {
  const { smtpUrl, from } = deps.config.mail;
  if (!smtpUrl && !deps.transport) return [];
  let transport = deps.transport;
  const delivery = () => {
    transport ??= createSmtpTransport(smtpUrl ?? '');
    return createMailDelivery({
      db: deps.db,
      repo: createMailRepo(),
      clock: deps.clock,
      cipher: deps.cipher,
      transport,
      from,
      log: deps.log,
    });
  };
  // Failed mails are retried by the outbox's own schedule, not by re-running the job.
  return [outboxSweepQueue(DELIVER_QUEUE, () => delivery().deliverDue())];
}
