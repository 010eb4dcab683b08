import { Group, Loader, Text, VisuallyHidden } from '@mantine/core';
import type { ChatCard } from '@nexus/contracts';
import classes from '../Chat.module.css';
import { type CardActions, ChatCardView } from '../cards/ChatCardView.tsx';
import { SuggestionButtons } from '../cards/SuggestionButtons.tsx';
import { chatStrings as s } from '../chat.strings.ts';

type MessageItemProps = CardActions & {
  author: 'user' | 'assistant';
  text: string;
  card: ChatCard | null;
  /** Shown under the last assistant message only. */
  suggestions?: readonly string[];
  /** The reply is still being written: its text grows as it arrives. */
  isWriting?: boolean;
  shareFor?: { conversationId: string; canShare: boolean };
};

/**
 * One message: the user's on the right, the assistant's on the left, each also named in words. An
 * emergency card comes before the text (it arrives first and matters most); other cards follow it.
 */
export function MessageItem({
  author,
  text,
  card,
  suggestions = [],
  isWriting = false,
  shareFor,
  ...actions
}: MessageItemProps) {
  const cardView = card && <ChatCardView card={card} shareFor={shareFor} {...actions} />;
  const isEmergency = card?.kind === 'emergency';
  return (
    <div className={classes.row} data-author={author}>
      {isEmergency && cardView}
      {(text !== '' || isWriting) && (
        <div className={classes.bubble} aria-busy={isWriting || undefined}>
          <VisuallyHidden>{author === 'user' ? s.you : s.assistant} </VisuallyHidden>
          {text}
          {isWriting && text === '' && (
            <Group gap="xs" component="span" wrap="nowrap">
              <Loader size="xs" aria-hidden />
              <Text span size="sm" c="dimmed">
                {s.writing}
              </Text>
            </Group>
          )}
        </div>
      )}
      {!isEmergency && cardView}
      {!isWriting && (
        <SuggestionButtons
          suggestions={suggestions}
          label={s.suggestionsLabel}
          isBusy={actions.isBusy}
          onSend={actions.onSend}
        />
      )}
    </div>
  );
}
