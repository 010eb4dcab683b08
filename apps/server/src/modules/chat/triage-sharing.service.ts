import type { SharedTriageResult, ShareTriage, TriageSummaryList } from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import { conflict, forbidden, notFound } from '../../platform/http/errors.ts';
import type { FhirServices } from '../fhir/index.ts';
import type { NotificationDispatcher } from '../notifications/index.ts';
import type { AssistantState } from './assistant/assistant-state.ts';
import type { ChatOrigin, ChatService } from './chat.service.ts';
import { presentMessage, sealMessage, stateContext } from './chat-messages.ts';
import type { ConversationsRepo } from './conversations.repo.ts';
import { buildTriageImpression, triageSummariesOf } from './triage-summaries.ts';

/**
 * A patient sends the triage result of a conversation to the doctors caring for them: it becomes a
 * ClinicalImpression in their record (validated, attributed and audited by the FHIR writer), the
 * conversation remembers it was shared, and those doctors get a notification, all in one transaction.
 */
export function createTriageSharingService(deps: {
  db: Executor;
  repo: ConversationsRepo;
  chat: Pick<ChatService, 'stateOf'>;
  fhir: Pick<FhirServices, 'writer' | 'records'>;
  dispatcher: Pick<NotificationDispatcher, 'notifyMany'>;
  responsibleDoctors(db: Executor, patientId: string): Promise<{ userId: string }[]>;
  cipher: EnvelopeCipher;
  clock: Clock;
}) {
  /** The triage card in the conversation's history shows the share too. */
  async function markCardShared(trx: Executor, conversationId: string, sharedAt: Date): Promise<void> {
    const messages = await deps.repo.messagesOf(trx, conversationId);
    for (const row of [...messages].reverse()) {
      if (row.author !== 'assistant') continue;
      const message = presentMessage(deps.cipher, row);
      if (message.card?.kind !== 'triage') continue;
      const card = { ...message.card, sharedAt: sharedAt.toISOString() };
      await deps.repo.replaceMessageContent(
        trx,
        row.id,
        sealMessage(deps.cipher, row.id, { text: message.text, card, suggestions: message.suggestions }),
      );
      return;
    }
  }

  return {
    async share(
      actor: Actor,
      conversationId: string,
      request: ShareTriage,
      origin: ChatOrigin,
    ): Promise<SharedTriageResult> {
      const patientId = actor.patientId;
      if (!patientId) throw forbidden('not_a_patient', 'Only a patient can share a triage summary.');
      const row = await deps.repo.find(deps.db, conversationId, actor.userId);
      if (row?.mode !== 'patient') throw notFound('conversation_not_found', 'There is no such conversation.');
      const state = deps.chat.stateOf(row);
      const card = state.outcome;
      if (!card) throw conflict('no_triage_result', 'This conversation has no triage result to share yet.');
      if (card.sharedAt !== null)
        throw conflict('triage_already_shared', 'This result has already been shared.');
      const sharedAt = deps.clock.now();
      const resource = buildTriageImpression({
        patientId,
        card,
        words: state.triage.words,
        facts: state.triage,
        note: request.note === '' ? undefined : request.note,
        appointmentRequested: request.askForAppointment,
        sharedAt,
      });
      const shared: AssistantState = { ...state, outcome: { ...card, sharedAt: sharedAt.toISOString() } };
      let summaryId = '';
      await deps.fhir.writer.write(
        {
          actor,
          origin: origin.origin,
          route: origin.route,
          interaction: 'create',
          isAccessRecorded: true,
          action: 'patient.share-triage',
        },
        [{ method: 'POST', resource }],
        {
          inTransaction: async (trx, results) => {
            summaryId = results[0]?.resource?.id ?? '';
            const locked = await deps.repo.lock(trx, conversationId, actor.userId);
            if (!locked || locked.message_count !== row.message_count)
              throw conflict('conversation_changed', 'The conversation changed meanwhile; please try again.');
            await deps.repo.update(trx, conversationId, {
              state_envelope: deps.cipher.encrypt(JSON.stringify(shared), stateContext(conversationId)),
              message_count: row.message_count,
              updated_at: sharedAt,
            });
            await markCardShared(trx, conversationId, sharedAt);
            const doctors = await deps.responsibleDoctors(trx, patientId);
            await deps.dispatcher.notifyMany(
              trx,
              doctors.map((doctor) => ({
                notification: {
                  userId: doctor.userId,
                  kind: 'triage-summary' as const,
                  title: request.askForAppointment
                    ? 'A patient shared a health assistant summary and asks for an appointment'
                    : 'A patient shared a health assistant summary',
                  link: `/doctor/patients/${patientId}?tab=assistant`,
                },
                options: { channels: ['in-app', 'push'] as const },
              })),
            );
          },
        },
      );
      return { summaryId, sharedAt: sharedAt.toISOString(), appointmentRequested: request.askForAppointment };
    },

    /** The summaries in the patient's record; the route has authorised and audited the read. */
    async summaries(patientId: string): Promise<TriageSummaryList> {
      return {
        summaries: triageSummariesOf(await deps.fhir.records.compartment(patientId, ['ClinicalImpression'])),
      };
    },
  };
}
export type TriageSharingService = ReturnType<typeof createTriageSharingService>;
