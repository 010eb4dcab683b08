import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import { runOnce } from '../../platform/jobs/run-once.ts';
import type { MailRepo, OutboxRow } from './mail.repo.ts';
import { outboxContext } from './mail.service.ts';
import { describeDeliveryError, type MailTransport } from './mail-transport.ts';

export const DELIVER_QUEUE = 'mail.deliver';

/** Attempts per mail; after the last failure it stays in the outbox as failed. */
export const MAX_DELIVERY_ATTEMPTS = 5;
/** Minutes to wait after the n-th failed attempt (1-based). */
const RETRY_AFTER_MINUTES = [1, 5, 30, 120];
/** Mails one run sends at most; the next run (a minute later at the latest) goes on. */
const BATCH = 100;

/**
 * Sends what is waiting in the outbox. Each attempt is claimed (counted, marked as sending, recorded in
 * job_completions) in a transaction before the mail goes out, and the claim is released only by the
 * result: so two workers never send the same mail, and a worker that dies mid-attempt leaves the mail
 * marked as sending rather than sending it twice (the at-most-once rule of run-once.ts for effects
 * outside the database). A failure the transport reports is retried with backoff.
 */
export function createMailDelivery(deps: {
  db: Executor;
  repo: Pick<MailRepo, 'listDue' | 'claim' | 'markSent' | 'markFailed'>;
  clock: Clock;
  cipher: Pick<EnvelopeCipher, 'decryptText'>;
  transport: MailTransport;
  from: string;
  log: Logger;
}) {
  const { db, repo, clock, log } = deps;

  async function claim(id: string, attempts: number): Promise<OutboxRow | undefined> {
    let claimed: OutboxRow | undefined;
    await runOnce(db, { queue: DELIVER_QUEUE, jobKey: `outbox:${id}:${attempts + 1}` }, async (trx) => {
      claimed = await repo.claim(trx, id, attempts, clock.now());
    });
    return claimed;
  }

  async function deliver(mail: OutboxRow): Promise<boolean> {
    let text: string;
    try {
      text = deps.cipher.decryptText(mail.bodyEnvelope, outboxContext(mail.id));
    } catch {
      await repo.markFailed(db, mail.id, 'undecryptable', null);
      log.error({ mailId: mail.id }, 'mail body could not be decrypted');
      return false;
    }
    try {
      await deps.transport.send({ from: deps.from, to: mail.recipient, subject: mail.subject, text });
    } catch (error) {
      const delayMinutes = RETRY_AFTER_MINUTES[mail.attempts - 1];
      const retryAt =
        mail.attempts < MAX_DELIVERY_ATTEMPTS && delayMinutes !== undefined
          ? new Date(clock.now().getTime() + delayMinutes * 60_000)
          : null;
      const reason = describeDeliveryError(error);
      await repo.markFailed(db, mail.id, reason, retryAt);
      log.warn(
        { mailId: mail.id, attempt: mail.attempts, reason, willRetry: retryAt !== null },
        'mail not delivered',
      );
      return false;
    }
    await repo.markSent(db, mail.id, clock.now());
    log.info({ mailId: mail.id, attempt: mail.attempts }, 'mail delivered');
    return true;
  }

  return {
    /** Sends every mail that is due (up to a batch); returns how many were sent and how many failed. */
    async deliverDue(): Promise<{ sent: number; failed: number }> {
      const due = await repo.listDue(db, clock.now(), MAX_DELIVERY_ATTEMPTS, BATCH);
      let sent = 0;
      let failed = 0;
      for (const { id, attempts } of due) {
        const mail = await claim(id, attempts);
        if (!mail) continue;
        if (await deliver(mail)) sent += 1;
        else failed += 1;
      }
      return { sent, failed };
    },
  };
}
export type MailDelivery = ReturnType<typeof createMailDelivery>;
