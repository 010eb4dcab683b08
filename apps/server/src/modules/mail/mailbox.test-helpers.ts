import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Database } from '../../platform/db/database.ts';
import { outboxContext } from './mail.service.ts';

export type ReadMail = { id: string; subject: string; text: string; bodyEnvelope: string; createdAt: Date };

/** For tests: the outbox's mails to an address, oldest first, decrypted. */
export async function mailsTo(
  db: Database,
  cipher: Pick<EnvelopeCipher, 'decryptText'>,
  address: string,
): Promise<ReadMail[]> {
  const rows = await db.kysely
    .selectFrom('outbox_emails')
    .select(['id', 'subject', 'body_envelope', 'created_at'])
    .where('recipient', '=', address.toLowerCase())
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    bodyEnvelope: row.body_envelope,
    text: cipher.decryptText(row.body_envelope, outboxContext(row.id)),
    createdAt: new Date(row.created_at),
  }));
}

/** For tests: the token of the `page` link in a mail's text (`…/<page>#token=<token>`). */
export function tokenFromLink(text: string, page: string): string {
  const match = new RegExp(`/${page}#token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${page} link in the mail`);
  return match[1];
}
