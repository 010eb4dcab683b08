import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { ChatConversationsTable, ChatMessagesTable } from './chat.tables.ts';

/** SQL of the health assistant: conversations, their messages and record consents (ciphertext only). */

export type ConversationRow = ChatConversationsTable;
export type MessageRow = ChatMessagesTable;

export function createConversationsRepo() {
  return {
    async insert(db: Executor, row: ConversationRow): Promise<void> {
      await db.insertInto('chat_conversations').values(row).execute();
    },

    async listOf(db: Executor, userId: string, mode: ConversationRow['mode'] | undefined, limit: number) {
      let query = db
        .selectFrom('chat_conversations')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(limit);
      if (mode) query = query.where('mode', '=', mode);
      return query.execute();
    },

    async find(db: Executor, id: string, userId: string): Promise<ConversationRow | undefined> {
      return db
        .selectFrom('chat_conversations')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },

    /** The conversation, locked until the transaction ends, so two messages at once take turns. */
    async lock(db: Executor, id: string, userId: string): Promise<ConversationRow | undefined> {
      return db
        .selectFrom('chat_conversations')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .forUpdate()
        .executeTakeFirst();
    },

    async messagesOf(db: Executor, conversationId: string): Promise<MessageRow[]> {
      return db
        .selectFrom('chat_messages')
        .selectAll()
        .where('conversation_id', '=', conversationId)
        .orderBy('seq')
        .execute();
    },

    async appendMessages(db: Executor, rows: readonly MessageRow[]): Promise<void> {
      if (rows.length > 0)
        await db
          .insertInto('chat_messages')
          .values([...rows])
          .execute();
    },

    async replaceMessageContent(db: Executor, id: string, contentEnvelope: string): Promise<void> {
      await db
        .updateTable('chat_messages')
        .set({ content_envelope: contentEnvelope })
        .where('id', '=', id)
        .execute();
    },

    async update(
      db: Executor,
      id: string,
      change: Pick<ConversationRow, 'state_envelope' | 'message_count' | 'updated_at'> &
        Partial<Pick<ConversationRow, 'title_envelope'>>,
    ): Promise<void> {
      await db.updateTable('chat_conversations').set(change).where('id', '=', id).execute();
    },

    async remove(db: Executor, id: string, userId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('chat_conversations')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async consentOf(db: Executor, userId: string): Promise<Date | null> {
      const row = await db
        .selectFrom('chat_record_consents')
        .select('granted_at')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row?.granted_at ?? null;
    },

    async setConsent(db: Executor, userId: string, grantedAt: Date | null): Promise<void> {
      if (grantedAt === null) {
        await db.deleteFrom('chat_record_consents').where('user_id', '=', userId).execute();
        return;
      }
      await db
        .insertInto('chat_record_consents')
        .values({ user_id: userId, granted_at: grantedAt })
        .onConflict((c) => c.column('user_id').doNothing())
        .execute();
    },

    /** How many messages the user has sent in the last window (a per-user rate limit). */
    async userMessagesSince(db: Executor, userId: string, since: Date): Promise<number> {
      const row = await db
        .selectFrom('chat_messages as m')
        .innerJoin('chat_conversations as c', 'c.id', 'm.conversation_id')
        .select(sql<number>`count(*)::int`.as('count'))
        .where('c.user_id', '=', userId)
        .where('m.author', '=', 'user')
        .where('m.created_at', '>=', since)
        .executeTakeFirstOrThrow();
      return row.count;
    },
  };
}
export type ConversationsRepo = ReturnType<typeof createConversationsRepo>;
