import { ChatCard, type ChatMessageView } from '@nexus/contracts';
import { z } from 'zod';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { MessageRow } from './conversations.repo.ts';

/** A message's content as stored (encrypted): the text, its card and the suggested replies. */
export interface MessageContent {
  readonly text: string;
  readonly card: ChatCard | null;
  readonly suggestions: readonly string[];
}

const StoredContent = z.object({
  text: z.string(),
  card: ChatCard.nullable(),
  suggestions: z.array(z.string()),
});

export const messageContext = (id: string) => `chat-message:${id}`;
export const titleContext = (id: string) => `chat-title:${id}`;
export const stateContext = (id: string) => `chat-state:${id}`;

export function sealMessage(cipher: EnvelopeCipher, id: string, content: MessageContent): string {
  return cipher.encrypt(JSON.stringify(content), messageContext(id));
}

export function presentMessage(cipher: EnvelopeCipher, row: MessageRow): ChatMessageView {
  const content = StoredContent.parse(
    JSON.parse(cipher.decryptText(row.content_envelope, messageContext(row.id))),
  );
  return {
    id: row.id,
    author: row.author,
    text: content.text,
    card: content.card,
    suggestions: content.suggestions,
    createdAt: row.created_at.toISOString(),
  };
}

/** A conversation's title: the start of the first thing the user said. */
export function titleFrom(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= 60 ? oneLine : `${oneLine.slice(0, 57).trimEnd()}…`;
}
