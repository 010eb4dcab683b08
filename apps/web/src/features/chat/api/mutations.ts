import {
  type ChatMode,
  type ConversationList,
  ConversationView,
  RecordConsentView,
  SharedTriageResult,
  type ShareTriage,
} from '@nexus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { chatKeys } from './keys.ts';
import { conversationPath, conversationsPath, recordConsentPath, sharePath } from './paths.ts';

/** Starts a conversation; the server's answer already holds the assistant's greeting. */
export function useStartConversation(mode: ChatMode) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.json(conversationsPath, ConversationView, { method: 'POST', body: { mode } }),
    onSuccess: (conversation) => {
      queryClient.setQueryData(chatKeys.conversation(conversation.id), conversation);
      void queryClient.invalidateQueries({ queryKey: chatKeys.conversations(mode) });
    },
  });
}

/** Deletes a conversation and its history for good. */
export function useDeleteConversation(mode: ChatMode) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (conversationId: string) =>
      apiClient.empty(conversationPath(conversationId), { method: 'DELETE' }),
    onSuccess: (_nothing, conversationId) => {
      queryClient.setQueryData<ConversationList>(chatKeys.conversations(mode), (list) =>
        list ? { conversations: list.conversations.filter((item) => item.id !== conversationId) } : list,
      );
      queryClient.removeQueries({ queryKey: chatKeys.conversation(conversationId) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: chatKeys.conversations(mode) }),
  });
}

/** Shares the conversation's triage result with the patient's doctors; the card then says when. */
export function useShareTriage(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ShareTriage) =>
      apiClient.json(sharePath(conversationId), SharedTriageResult, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: chatKeys.conversation(conversationId) }),
  });
}

/** Allows or stops the assistant reading the patient's record. */
export function useUpdateRecordConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (granted: boolean) =>
      apiClient.json(recordConsentPath, RecordConsentView, { method: 'PUT', body: { granted } }),
    onSuccess: (consent) => queryClient.setQueryData(chatKeys.recordConsent, consent),
  });
}
