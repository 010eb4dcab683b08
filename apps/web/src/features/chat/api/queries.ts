import {
  type ChatMode,
  ConversationList,
  ConversationView,
  RecordConsentView,
  TriageSummaryList,
} from '@nexus/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { chatKeys } from './keys.ts';
import {
  conversationPath,
  conversationsOfModePath,
  recordConsentPath,
  triageSummariesPath,
} from './paths.ts';

/** The user's conversations of one mode, newest first. */
export const useConversations = (mode: ChatMode) =>
  useQuery({
    queryKey: chatKeys.conversations(mode),
    queryFn: ({ signal }) => apiClient.json(conversationsOfModePath(mode), ConversationList, { signal }),
    select: (list) => list.conversations,
  });

/** One conversation with its messages; the chat panel adds streamed messages to it as they arrive. */
export const useConversation = (conversationId: string | null) =>
  useQuery({
    queryKey: chatKeys.conversation(conversationId ?? ''),
    queryFn: ({ signal }) =>
      apiClient.json(conversationPath(conversationId ?? ''), ConversationView, { signal }),
    enabled: conversationId !== null,
    // Only this user writes to it, and every message updates the cache: no need to ask again on focus.
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Whether the assistant may read the patient's record to answer questions about it. */
export const useRecordConsent = () =>
  useQuery({
    queryKey: chatKeys.recordConsent,
    queryFn: ({ signal }) => apiClient.json(recordConsentPath, RecordConsentView, { signal }),
  });

/** The triage summaries the patient shared with their doctors, newest first. */
export const useTriageSummaries = (patientId: string) =>
  useQuery({
    queryKey: chatKeys.triageSummaries(patientId),
    queryFn: ({ signal }) => apiClient.json(triageSummariesPath(patientId), TriageSummaryList, { signal }),
    select: (list) => list.summaries,
  });
