import { ConversationView } from '@nexus/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { chatKeys } from './keys.ts';
import { conversationsPath } from './paths.ts';

/**
 * The help assistant's conversation: started the first time `isWanted` is true, then kept for as long
 * as the app is open (sign-out drops it with the user's other data). Held as a query so that every
 * header shares the one conversation; it is started once, never retried into a second one.
 */
export function useHelpConversation(isWanted: boolean) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: chatKeys.helpConversation,
    queryFn: async ({ signal }) => {
      const conversation = await apiClient.json(conversationsPath, ConversationView, {
        method: 'POST',
        body: { mode: 'help' },
        signal,
      });
      queryClient.setQueryData(chatKeys.conversation(conversation.id), conversation);
      return conversation.id;
    },
    enabled: isWanted,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
