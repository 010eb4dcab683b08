import type { ColumnType } from 'kysely';

export type OutboxEmailsTable = {
  id: string;
  recipient: string;
  subject: string;
  /** The body, envelope-encrypted with context `outbox:<id>`. */
  body_envelope: string;
  created_at: Date;
  sent_at: Date | null;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  /** Set while a delivery attempt runs; left set by a worker that died mid-attempt. */
  claimed_at: Date | null;
  retry_at: Date | null;
};

export type MailTables = {
  outbox_emails: OutboxEmailsTable;
};
