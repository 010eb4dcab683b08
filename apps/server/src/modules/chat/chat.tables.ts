/** The health assistant's tables (migration 0014). */

export type ChatConversationsTable = {
  id: string;
  user_id: string;
  mode: 'patient' | 'help';
  title_envelope: string;
  state_envelope: string;
  message_count: number;
  created_at: Date;
  updated_at: Date;
};

export type ChatMessagesTable = {
  id: string;
  conversation_id: string;
  seq: number;
  author: 'user' | 'assistant';
  content_envelope: string;
  created_at: Date;
};

export type ChatRecordConsentsTable = {
  user_id: string;
  granted_at: Date;
};

export type ChatTables = {
  chat_conversations: ChatConversationsTable;
  chat_messages: ChatMessagesTable;
  chat_record_consents: ChatRecordConsentsTable;
};
