-- The health assistant. A conversation belongs to one user; what is said in it is health data, so its
-- title, its state (the symptoms gathered so far, the last triage result) and every message are
-- envelope-encrypted, each bound to its row (contexts chat-title:<id>, chat-state:<id>, chat-message:<id>).
-- mode: patient (symptoms, health questions, the patient's own record, help) or help (any role: how
-- to use the platform, health information).
create table chat_conversations (
  id uuid primary key,
  user_id uuid not null references users (id) on delete cascade,
  mode text not null check (mode in ('patient', 'help')),
  title_envelope text not null check (title_envelope like 'nx1.%'),
  state_envelope text not null check (state_envelope like 'nx1.%'),
  message_count integer not null default 0 check (message_count >= 0),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index chat_conversations_user_idx on chat_conversations (user_id, updated_at desc);

-- Messages in order (seq from 1). Deleting a conversation deletes them.
create table chat_messages (
  id uuid primary key,
  conversation_id uuid not null references chat_conversations (id) on delete cascade,
  seq integer not null check (seq >= 1),
  author text not null check (author in ('user', 'assistant')),
  content_envelope text not null check (content_envelope like 'nx1.%'),
  created_at timestamptz not null,
  unique (conversation_id, seq)
);

-- A patient's permission for the assistant to read their record to answer questions about it.
create table chat_record_consents (
  user_id uuid primary key references users (id) on delete cascade,
  granted_at timestamptz not null
);

-- A patient shared a triage summary from the assistant with the doctors caring for them.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
  check (kind in ('risk-review', 'dose-reminder', 'dose-follow-up', 'missed-dose', 'prescription', 'refill', 'triage-summary'));
