import type { ConversationView } from '@nexus/contracts';
import { useEffect, useRef } from 'react';
import classes from '../Chat.module.css';
import type { CardActions } from '../cards/ChatCardView.tsx';
import { chatStrings as s } from '../chat.strings.ts';
import { MessageItem } from './MessageItem.tsx';
import type { StreamingReply } from './useChatExchange.ts';

type MessageLogProps = CardActions & {
  conversation: ConversationView;
  streaming: StreamingReply | null;
  /** The log's height: it scrolls within it, keeping the composer in view. */
  height: string;
};

/**
 * The conversation as a log (new assistant text is read out politely), scrolled to the newest message
 * as messages and streamed text arrive. Suggestions go under the last assistant message; the share
 * button under the latest triage result only, which is the one the server shares.
 */
export function MessageLog({ conversation, streaming, height, ...actions }: MessageLogProps) {
  const logRef = useRef<HTMLDivElement>(null);
  const { messages } = conversation;
  const lastAssistant = streaming ? -1 : messages.findLastIndex((m) => m.author === 'assistant');
  const lastTriage = messages.findLastIndex((m) => m.card?.kind === 'triage');
  const canShare = conversation.mode === 'patient';

  // Scrolled down when something new arrives, not on every render (the user may be reading back).
  const newest = `${messages.length}:${streaming?.user?.id ?? ''}:${streaming?.card?.kind ?? ''}:${streaming?.text.length ?? 0}:${streaming?.reply?.id ?? ''}`;
  const scrolledFor = useRef('');
  useEffect(() => {
    const log = logRef.current;
    if (!log || scrolledFor.current === newest) return;
    scrolledFor.current = newest;
    log.scrollTop = log.scrollHeight;
  }, [newest]);

  return (
    <div
      ref={logRef}
      role="log"
      aria-live="polite"
      aria-label={s.messagesLabel}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the log scrolls, so keyboard users must be able to focus it.
      tabIndex={0}
      className={classes.log}
      style={{ height }}
    >
      {messages.map((message, index) => (
        <MessageItem
          key={message.id}
          author={message.author}
          text={message.text}
          card={message.card}
          suggestions={index === lastAssistant ? message.suggestions : []}
          shareFor={
            canShare && index === lastTriage
              ? { conversationId: conversation.id, canShare: conversation.canShare }
              : undefined
          }
          {...actions}
        />
      ))}
      {streaming && (
        <>
          <MessageItem
            author="user"
            text={streaming.user?.text ?? streaming.userText}
            card={null}
            {...actions}
          />
          <MessageItem
            author="assistant"
            text={streaming.reply?.text ?? streaming.text}
            card={streaming.reply?.card ?? streaming.card}
            suggestions={streaming.reply?.suggestions}
            isWriting={streaming.reply === null}
            {...actions}
          />
        </>
      )}
    </div>
  );
}
