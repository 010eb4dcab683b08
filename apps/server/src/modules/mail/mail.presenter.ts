import type { OutboxMail, OutboxMailStatus } from '@nexus/contracts';
import type { OutboxRow } from './mail.repo.ts';

export function statusOf(
  row: Pick<OutboxRow, 'sentAt' | 'claimedAt' | 'attempts'>,
  delivery: { isDelivering: boolean; maxAttempts: number },
): OutboxMailStatus {
  if (row.sentAt) return 'sent';
  if (!delivery.isDelivering) return 'kept';
  if (row.claimedAt) return 'sending';
  return row.attempts >= delivery.maxAttempts ? 'failed' : 'queued';
}

export function toOutboxMail(
  row: OutboxRow,
  text: string,
  delivery: { isDelivering: boolean; maxAttempts: number },
): OutboxMail {
  return {
    id: row.id,
    to: row.recipient,
    subject: row.subject,
    text,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    attempts: row.attempts,
    lastError: row.lastError,
    status: statusOf(row, delivery),
  };
}
