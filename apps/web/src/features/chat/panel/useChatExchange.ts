import type { ChatCard, ChatMessageView, ConversationView } from '@nexus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error.ts';
import { streamChatMessage } from '../api/chat-stream.ts';
import { chatKeys } from '../api/keys.ts';
import { chatStrings as s } from '../chat.strings.ts';

/** The exchange under way: the user's message (as typed until the server confirms it) and the reply so far. */
export type StreamingReply = {
  userText: string;
  user: ChatMessageView | null;
  card: ChatCard | null;
  text: string;
  /** Set by `done`: the reply is finished and shown from the conversation once it is there. */
  reply: ChatMessageView | null;
};

export type ExchangeFailure = { title: string; detail: string };

type OnEvent = Parameters<typeof streamChatMessage>[2]['onEvent'];

const contains = (conversation: ConversationView, message: ChatMessageView | null) =>
  message !== null && conversation.messages.some((item) => item.id === message.id);

/**
 * Sending messages in a conversation and following the streamed reply. Finished messages go into the
 * conversation's cached view, so they stay when the panel is shown again. Sent as a mutation, so a 401
 * ends the session like any other request.
 */
export function useChatExchange(conversation: ConversationView) {
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState<StreamingReply | null>(null);
  const [failure, setFailure] = useState<ExchangeFailure | null>(null);
  const abort = useRef<AbortController | null>(null);
  const { id: conversationId, mode } = conversation;

  useEffect(() => () => abort.current?.abort(), []);

  const { mutateAsync } = useMutation({
    mutationFn: ({ text, onEvent }: { text: string; onEvent: OnEvent }) => {
      abort.current = new AbortController();
      return streamChatMessage(conversationId, text, { onEvent, signal: abort.current.signal });
    },
  });

  const append = useCallback(
    (messages: ChatMessageView[]) => {
      queryClient.setQueryData<ConversationView>(chatKeys.conversation(conversationId), (view) =>
        view
          ? { ...view, messages: [...view.messages, ...messages.filter((m) => !contains(view, m))] }
          : view,
      );
      // The title, canShare and the list's order are the server's to say.
      void queryClient.invalidateQueries({ queryKey: chatKeys.conversation(conversationId) });
      void queryClient.invalidateQueries({ queryKey: chatKeys.conversations(mode) });
      // An answer to the consent question may have changed it.
      void queryClient.invalidateQueries({ queryKey: chatKeys.recordConsent });
    },
    [queryClient, conversationId, mode],
  );

  /** Sends the text; resolves whether the server took the message (false: give the text back to the user). */
  const send = useCallback(
    async (text: string): Promise<boolean> => {
      setFailure(null);
      setCurrent({ userText: text, user: null, card: null, text: '', reply: null });
      // An object, so that what the callback sets is not narrowed away by the compiler.
      const stored: { user: ChatMessageView | null } = { user: null };
      const onEvent: OnEvent = (event) => {
        if (event.type === 'user') stored.user = event.message;
        setCurrent((now) => {
          if (!now) return now;
          switch (event.type) {
            case 'user':
              return { ...now, user: event.message };
            case 'card':
              return { ...now, card: event.card };
            case 'delta':
              return { ...now, text: now.text + event.text };
            case 'done':
              return { ...now, reply: event.message };
            default:
              return now;
          }
        });
      };
      try {
        const reply = await mutateAsync({ text, onEvent });
        append(stored.user ? [stored.user, reply] : [reply]);
        return true;
      } catch (error) {
        setCurrent(null);
        if (abort.current?.signal.aborted) return true;
        if (stored.user) append([stored.user]);
        setFailure(
          isApiError(error)
            ? { title: error.problem.title, detail: error.problem.detail ?? s.errorFallback }
            : { title: s.sendFailed, detail: s.errorFallback },
        );
        return stored.user !== null;
      }
    },
    [mutateAsync, append],
  );

  // Once the finished reply is in the conversation, it is shown from there and the stream is done with.
  const isSettled = current !== null && contains(conversation, current.reply);
  useEffect(() => {
    if (isSettled) setCurrent(null);
  }, [isSettled]);

  return {
    send,
    /** What to show after the conversation's messages while an exchange is under way. */
    streaming: current && !isSettled ? current : null,
    failure,
    dismissFailure: () => setFailure(null),
    isStreaming: current !== null && current.reply === null,
  };
}
