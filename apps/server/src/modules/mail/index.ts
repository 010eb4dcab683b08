import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Config } from '../../platform/config.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { createMailRepo } from './mail.repo.ts';
import { mailRoutes } from './mail.routes.ts';
import { createMailOutbox, createOutboxReader } from './mail.service.ts';
import { DELIVER_QUEUE, MAX_DELIVERY_ATTEMPTS } from './mail-delivery.ts';

export { mailJobs } from './mail.jobs.ts';
export type { MailOutbox, OutgoingMail } from './mail.service.ts';
export type { MailTransport } from './mail-transport.ts';

/**
 * Outgoing e-mail: an outbox every module writes to in its own transaction, delivered by SMTP when
 * SMTP_URL is set (the `mail.deliver` job, see mailJobs), readable by platform administrators, and in
 * the demo by anyone for one address.
 */
export function createMailModule(deps: {
  db: Executor;
  clock: Clock;
  cipher: EnvelopeCipher;
  queue: JobQueue;
  log: Logger;
  audit: AuditRecorder;
  config: Pick<Config, 'mail' | 'seedDemo'>;
}) {
  const repo = createMailRepo();
  const isDelivering = deps.config.mail.smtpUrl !== undefined;
  const outbox = createMailOutbox({
    db: deps.db,
    repo,
    clock: deps.clock,
    cipher: deps.cipher,
    log: deps.log,
    ...(isDelivering
      ? {
          // Not awaited: inside the caller's transaction on the embedded database the queue waits for
          // that transaction to end. A run that starts before the commit finds nothing; the next one
          // (within a minute) sends the mail.
          onEnqueued: () => {
            deps.queue
              .send(DELIVER_QUEUE, {})
              .catch((error: unknown) => deps.log.warn({ err: error }, 'mail delivery not started'));
          },
        }
      : {}),
  });
  const reader = createOutboxReader({
    db: deps.db,
    repo,
    clock: deps.clock,
    cipher: deps.cipher,
    audit: deps.audit,
    isDelivering,
    maxAttempts: MAX_DELIVERY_ATTEMPTS,
  });
  const routes: FastifyPluginAsyncZod = mailRoutes({ reader, isDemo: deps.config.seedDemo });
  return { outbox, reader, routes };
}
export type MailModule = ReturnType<typeof createMailModule>;
