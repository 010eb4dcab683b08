import { randomUUID } from 'node:crypto';
import type {
  ChatExchange,
  ChatMessageView,
  ChatMode,
  ChatStreamEvent,
  ConversationList,
  ConversationView,
  RecordConsentView,
} from '@nexus/contracts';
import type { Logger } from 'pino';
import type { Actor } from '../../platform/auth/actor.ts';
import { recordPatientAccess } from '../../platform/auth/authorization.ts';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import { conflict, forbidden, notFound, tooManyRequests } from '../../platform/http/errors.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import type { Assistant, AssistantReply } from './assistant/assistant.ts';
import {
  type AssistantState,
  NEW_ASSISTANT_STATE,
  parseAssistantState,
} from './assistant/assistant-state.ts';
import type { RecordFacts } from './assistant/record-questions.ts';
import {
  type MessageContent,
  presentMessage,
  sealMessage,
  stateContext,
  titleContext,
  titleFrom,
} from './chat-messages.ts';
import type { ConversationRow, ConversationsRepo } from './conversations.repo.ts';
import { type LanguageModel, offlineWriter } from './language-model/language-model.ts';

export type ChatOrigin = { origin: RequestOrigin; route: string };

const MESSAGES_PER_MINUTE = 30;
const LIST_LIMIT = 50;
const HELP_REUSE_MS = 12 * 60 * 60 * 1000;

/**
 * The health assistant's conversations: kept per user and encrypted at rest, each turn answered by
 * the offline assistant (its wording optionally improved by a language model), the patient's record
 * read only with their permission and every such read audited.
 */
export function createChatService(deps: {
  db: Executor;
  repo: ConversationsRepo;
  assistant: Assistant;
  model: LanguageModel;
  cipher: EnvelopeCipher;
  audit: AuditRecorder;
  clock: Clock;
  log: Logger;
  readRecord(patientId: string): Promise<RecordFacts>;
}) {
  const { db, repo, cipher, clock } = deps;

  const stateOf = (row: ConversationRow): AssistantState =>
    parseAssistantState(cipher.decryptText(row.state_envelope, stateContext(row.id)));
  const summaryOf = (row: ConversationRow) => ({
    id: row.id,
    mode: row.mode,
    title: cipher.decryptText(row.title_envelope, titleContext(row.id)),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  });

  async function own(actor: Actor, id: string): Promise<ConversationRow> {
    const row = await repo.find(db, id, actor.userId);
    if (!row) throw notFound('conversation_not_found', 'There is no such conversation.');
    return row;
  }

  async function viewOf(row: ConversationRow): Promise<ConversationView> {
    const messages = (await repo.messagesOf(db, row.id)).map((m) => presentMessage(cipher, m));
    const state = stateOf(row);
    return {
      ...summaryOf(row),
      messages,
      canShare: row.mode === 'patient' && state.outcome !== null && state.outcome.sharedAt === null,
    };
  }

  const messageRow = (
    conversationId: string,
    seq: number,
    author: 'user' | 'assistant',
    content: MessageContent,
    at: Date,
  ) => {
    const id = randomUUID();
    return {
      id,
      conversation_id: conversationId,
      seq,
      author,
      content_envelope: sealMessage(cipher, id, content),
      created_at: at,
    };
  };

  /** Rewords the reply through the language model when it has grounding; the draft stays on any failure. */
  async function writeOut(
    question: string,
    reply: AssistantReply,
    emit: (event: ChatStreamEvent) => void,
  ): Promise<string> {
    if (reply.grounding === null || deps.model.name === 'offline') {
      for await (const piece of offlineWriter.reword(
        { question, draft: reply.text, grounding: '' },
        AbortSignal.timeout(1000),
      ))
        emit({ type: 'delta', text: piece });
      return reply.text;
    }
    let written = '';
    try {
      for await (const piece of deps.model.reword(
        { question, draft: reply.text, grounding: reply.grounding },
        AbortSignal.timeout(60_000),
      )) {
        written += piece;
        emit({ type: 'delta', text: piece });
      }
    } catch (error) {
      deps.log.warn(
        { err: { message: (error as Error).message }, model: deps.model.name },
        'language model failed; the draft stands',
      );
    }
    return written.trim() === '' ? reply.text : written.trim();
  }

  return {
    async list(actor: Actor, mode: ChatMode | undefined): Promise<ConversationList> {
      const rows = await repo.listOf(db, actor.userId, mode, LIST_LIMIT);
      return { conversations: rows.map(summaryOf) };
    },

    async start(actor: Actor, mode: ChatMode): Promise<ConversationView> {
      if (mode === 'patient' && !actor.patientId)
        throw forbidden('not_a_patient', 'The patient assistant is for patients; use the help assistant.');
      const now = clock.now();
      // The help drawer opens one conversation per visit; a recent one is picked up again instead.
      if (mode === 'help') {
        const [latest] = await repo.listOf(db, actor.userId, 'help', 1);
        if (latest && now.getTime() - latest.updated_at.getTime() < HELP_REUSE_MS) return viewOf(latest);
      }
      const id = randomUUID();
      const greeting = deps.assistant.greeting(mode);
      const row: ConversationRow = {
        id,
        user_id: actor.userId,
        mode,
        title_envelope: cipher.encrypt(mode === 'patient' ? 'New conversation' : 'Help', titleContext(id)),
        state_envelope: cipher.encrypt(JSON.stringify(NEW_ASSISTANT_STATE), stateContext(id)),
        message_count: 1,
        created_at: now,
        updated_at: now,
      };
      await withTransaction(db, async (trx) => {
        await repo.insert(trx, row);
        await repo.appendMessages(trx, [messageRow(id, 1, 'assistant', { ...greeting, card: null }, now)]);
      });
      return viewOf(row);
    },

    async get(actor: Actor, id: string): Promise<ConversationView> {
      return viewOf(await own(actor, id));
    },

    async remove(actor: Actor, id: string, origin: ChatOrigin): Promise<void> {
      await withTransaction(db, async (trx) => {
        if (!(await repo.remove(trx, id, actor.userId)))
          throw notFound('conversation_not_found', 'There is no such conversation.');
        await deps.audit.record(
          {
            actorUserId: actor.userId,
            action: 'chat.conversation_deleted',
            outcome: 'success',
            resourceType: 'chat_conversation',
            resourceId: id,
            details: { route: origin.route },
            origin: origin.origin,
          },
          trx,
        );
      });
    },

    /** Answers one message. `emit` receives the streamed events; the result is the stored exchange. */
    async send(
      actor: Actor,
      id: string,
      text: string,
      origin: ChatOrigin,
      emit: (event: ChatStreamEvent) => void = () => {},
    ): Promise<ChatExchange> {
      const row = await own(actor, id);
      const now = clock.now();
      const recent = await repo.userMessagesSince(db, actor.userId, new Date(now.getTime() - 60_000));
      if (recent >= MESSAGES_PER_MINUTE)
        throw tooManyRequests(
          'chat_rate_limited',
          'That is a lot of messages at once; please wait a moment.',
          60,
        );
      const consentAt = await repo.consentOf(db, actor.userId);
      let didReadRecord = false;
      const patientId = actor.patientId;
      const turn = await deps.assistant.respond({
        mode: row.mode,
        role: actor.memberships[0]?.role ?? null,
        state: stateOf(row),
        text,
        hasRecordConsent: consentAt !== null,
        readRecord:
          row.mode === 'patient' && patientId
            ? async () => {
                didReadRecord = true;
                return deps.readRecord(patientId);
              }
            : null,
      });
      const userRow = messageRow(
        id,
        row.message_count + 1,
        'user',
        { text, card: null, suggestions: [] },
        now,
      );
      const replyContent: MessageContent = {
        text: turn.reply.text,
        card: turn.reply.card,
        suggestions: [...turn.reply.suggestions],
      };
      const replyRow = messageRow(id, row.message_count + 2, 'assistant', replyContent, now);
      await withTransaction(db, async (trx) => {
        const locked = await repo.lock(trx, id, actor.userId);
        if (!locked || locked.message_count !== row.message_count)
          throw conflict(
            'conversation_changed',
            'Another reply was written meanwhile; please send your message again.',
          );
        await repo.appendMessages(trx, [userRow, replyRow]);
        await repo.update(trx, id, {
          state_envelope: cipher.encrypt(JSON.stringify(turn.state), stateContext(id)),
          message_count: row.message_count + 2,
          updated_at: now,
          ...(row.message_count === 1
            ? { title_envelope: cipher.encrypt(titleFrom(text), titleContext(id)) }
            : {}),
        });
        if (turn.consent === 'grant') await repo.setConsent(trx, actor.userId, now);
        if (turn.consent && patientId)
          await deps.audit.record(
            {
              actorUserId: actor.userId,
              action: 'chat.record_consent_granted',
              outcome: 'success',
              patientId,
              resourceType: 'patient',
              resourceId: patientId,
              details: { route: origin.route },
              origin: origin.origin,
            },
            trx,
          );
        if (didReadRecord && patientId)
          await recordPatientAccess(
            deps.audit,
            {
              actor,
              action: 'patient.read',
              patientId,
              origin: origin.origin,
              route: origin.route,
              details: { view: 'health-assistant' },
            },
            { allowed: true, basis: 'self' },
            trx,
          );
      });
      const user = presentMessage(cipher, userRow);
      emit({ type: 'user', message: user });
      if (turn.reply.card?.kind === 'emergency') emit({ type: 'card', card: turn.reply.card });
      const written = await writeOut(text, turn.reply, emit);
      if (written !== turn.reply.text)
        await repo.replaceMessageContent(
          db,
          replyRow.id,
          sealMessage(cipher, replyRow.id, { ...replyContent, text: written }),
        );
      const reply: ChatMessageView = { ...presentMessage(cipher, replyRow), text: written };
      emit({ type: 'done', message: reply });
      return { user, reply };
    },

    async consent(actor: Actor): Promise<RecordConsentView> {
      const at = await repo.consentOf(db, actor.userId);
      return { granted: at !== null, grantedAt: at?.toISOString() ?? null };
    },

    async setConsent(actor: Actor, granted: boolean, origin: ChatOrigin): Promise<RecordConsentView> {
      const now = clock.now();
      await withTransaction(db, async (trx) => {
        await repo.setConsent(trx, actor.userId, granted ? now : null);
        await deps.audit.record(
          {
            actorUserId: actor.userId,
            action: granted ? 'chat.record_consent_granted' : 'chat.record_consent_revoked',
            outcome: 'success',
            ...(actor.patientId ? { patientId: actor.patientId } : {}),
            resourceType: 'patient',
            resourceId: actor.patientId,
            details: { route: origin.route },
            origin: origin.origin,
          },
          trx,
        );
      });
      const at = await repo.consentOf(db, actor.userId);
      return { granted: at !== null, grantedAt: at?.toISOString() ?? null };
    },

    stateOf,
  };
}
export type ChatService = ReturnType<typeof createChatService>;
