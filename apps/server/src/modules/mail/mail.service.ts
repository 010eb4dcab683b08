import { randomUUID } from 'node:crypto';
import type { DemoOutbox, OutboxPage, OutboxQuery } from '@nexus/contracts';
import type { Logger } from 'pino';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import { toOutboxMail } from './mail.presenter.ts';
import type { MailRepo, OutboxPosition, OutboxRow } from './mail.repo.ts';

/** An e-mail to send: plain text, one recipient. */
export type OutgoingMail = { to: string; subject: string; text: string };

/**
 * The port every module sends e-mail through. The mail is stored (body encrypted) in the caller's
 * transaction when one is given, so it exists exactly when the state it announces does; delivery
 * happens afterwards, in the background, when SMTP is configured.
 */
export type MailOutbox = { enqueue(mail: OutgoingMail, executor?: Executor): Promise<string> };

/** Bodies hold sign-in links: each is bound to its row, so it cannot be moved to another. */
export const outboxContext = (id: string) => `outbox:${id}`;

/** The demo outbox shows this much of an address's recent mail. */
const DEMO_WINDOW_MS = 24 * 3_600_000;
const DEMO_MAX_MAILS = 50;

export const normaliseRecipient = (address: string) => address.trim().toLowerCase();

export function createMailOutbox(deps: {
  db: Executor;
  repo: Pick<MailRepo, 'insert'>;
  clock: Clock;
  cipher: Pick<EnvelopeCipher, 'encrypt'>;
  log: Logger;
  /** Called after a mail is stored, to start delivery soon (not awaited: it may wait for the transaction). */
  onEnqueued?: () => void;
}): MailOutbox {
  return {
    async enqueue(mail, executor = deps.db) {
      const id = randomUUID();
      await deps.repo.insert(executor, {
        id,
        recipient: normaliseRecipient(mail.to),
        subject: mail.subject,
        bodyEnvelope: deps.cipher.encrypt(mail.text, outboxContext(id)),
        createdAt: deps.clock.now(),
      });
      deps.log.info({ mailId: id }, 'mail queued');
      deps.onEnqueued?.();
      return id;
    },
  };
}

function encodeCursor(row: OutboxRow): string {
  return Buffer.from(`${row.createdAt.toISOString()}~${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): OutboxPosition {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('~');
  const date = new Date(createdAt ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(date.getTime())) {
    throw new AppError('invalid_cursor', 400, 'This page cursor is not valid; start from the first page.');
  }
  return { createdAt: date, id };
}

/** Reading the outbox: the administrators' view of every mail, and the demo's view of one address. */
export function createOutboxReader(deps: {
  db: Executor;
  repo: Pick<MailRepo, 'listRecent' | 'listToRecipient'>;
  clock: Clock;
  cipher: Pick<EnvelopeCipher, 'decryptText'>;
  audit: AuditRecorder;
  /** SMTP is configured: mails leave the platform (otherwise the outbox is their only copy). */
  isDelivering: boolean;
  maxAttempts: number;
}) {
  const { db, repo, cipher } = deps;
  const textOf = (row: OutboxRow) => cipher.decryptText(row.bodyEnvelope, outboxContext(row.id));
  return {
    /**
     * Recent mails, newest first, decrypted. They include other people's sign-in links, so every read
     * is audited.
     */
    async list(actor: Actor, query: OutboxQuery, origin?: RequestOrigin): Promise<OutboxPage> {
      const before = query.before ? decodeCursor(query.before) : undefined;
      const rows = await repo.listRecent(db, query.limit + 1, before);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      await deps.audit.record({
        actorUserId: actor.userId,
        action: 'mail.outbox_read',
        outcome: 'success',
        details: { mails: page.length },
        ...(origin ? { origin } : {}),
      });
      return {
        mails: page.map((row) =>
          toOutboxMail(row, textOf(row), { isDelivering: deps.isDelivering, maxAttempts: deps.maxAttempts }),
        ),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
        isDelivering: deps.isDelivering,
      };
    },

    /** The demo's mail to one address in the last 24 hours, so a visitor can verify offline. */
    async demoInbox(to: string): Promise<DemoOutbox> {
      const recipient = normaliseRecipient(to);
      const since = new Date(deps.clock.now().getTime() - DEMO_WINDOW_MS);
      const rows = await repo.listToRecipient(db, recipient, since, DEMO_MAX_MAILS);
      return {
        to: recipient,
        mails: rows.map((row) => ({
          id: row.id,
          subject: row.subject,
          text: textOf(row),
          createdAt: row.createdAt.toISOString(),
        })),
      };
    },
  };
}
export type OutboxReader = ReturnType<typeof createOutboxReader>;
