import type { ChatMode } from '@nexus/contracts';
import { recordKeys } from '../../records/api/keys.ts';

/**
 * Query keys of the health assistant. Conversations belong to the signed-in user (sign-out drops them
 * with the rest); triage summaries sit under the record's `patient(id)` key, like the rest of a chart.
 */
export const chatKeys = {
  all: ['chat'] as const,
  conversations: (mode: ChatMode) => ['chat', 'conversations', mode] as const,
  conversation: (conversationId: string) => ['chat', 'conversation', conversationId] as const,
  recordConsent: ['chat', 'record-consent'] as const,
  /** The help assistant's conversation, started on first open and kept while the app is open. */
  helpConversation: ['chat', 'help', 'current'] as const,
  triageSummaries: (patientId: string) => [...recordKeys.patient(patientId), 'triage-summaries'] as const,
};
