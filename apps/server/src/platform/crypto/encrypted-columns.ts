import { SIGNING_KEY_ENCRYPTED_COLUMN } from '../../modules/eprescriptions/signing-keys.ts';

/**
 * Every database column that holds envelopes (see envelope.ts), with how to rebuild each row's
 * context. `npm run keys:rotate` rewraps exactly these columns, so a module that encrypts a new
 * column adds it here (a test checks the registry against the database).
 */
export type EncryptedColumn = {
  table: string;
  /** The column that identifies a row (and from which its context is built). */
  idColumn: string;
  column: string;
  /** The context the envelope was sealed with, from the row's id. */
  context: (id: string) => string;
};

export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  {
    table: 'totp_authenticators',
    idColumn: 'user_id',
    column: 'secret_envelope',
    context: (id) => `totp:${id}`,
  },
  {
    table: 'totp_authenticators',
    idColumn: 'user_id',
    column: 'pending_secret_envelope',
    context: (id) => `totp:${id}`,
  },
  { table: 'outbox_emails', idColumn: 'id', column: 'body_envelope', context: (id) => `outbox:${id}` },
  {
    table: 'risk_reviews',
    idColumn: 'id',
    column: 'decision_note_envelope',
    context: (id) => `risk-review:${id}`,
  },
  { table: 'fhir_binaries', idColumn: 'id', column: 'data_envelope', context: (id) => `binary:${id}` },
  {
    table: 'prescription_alert_overrides',
    idColumn: 'id',
    column: 'reason_envelope',
    context: (id) => `prescription-override:${id}`,
  },
  SIGNING_KEY_ENCRYPTED_COLUMN,
  {
    table: 'web_push_keys',
    idColumn: 'id',
    column: 'private_key_envelope',
    context: (id) => `web-push-key:${id}`,
  },
  {
    table: 'chat_conversations',
    idColumn: 'id',
    column: 'title_envelope',
    context: (id) => `chat-title:${id}`,
  },
  {
    table: 'chat_conversations',
    idColumn: 'id',
    column: 'state_envelope',
    context: (id) => `chat-state:${id}`,
  },
  {
    table: 'chat_messages',
    idColumn: 'id',
    column: 'content_envelope',
    context: (id) => `chat-message:${id}`,
  },
];
