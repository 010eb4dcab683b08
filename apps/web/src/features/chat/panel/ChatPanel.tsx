import { Alert, CloseButton, Group, Stack, Text } from '@mantine/core';
import type { ConversationView } from '@nexus/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useCallback, useRef } from 'react';
import { chatStrings as s } from '../chat.strings.ts';
import { Composer } from './Composer.tsx';
import { MessageLog } from './MessageLog.tsx';
import { useChatExchange } from './useChatExchange.ts';

type ChatPanelProps = {
  conversation: ConversationView;
  /** The message log's height (CSS); the composer sits under it. */
  logHeight?: string;
  /** An in-app link in a reply was followed (the help drawer closes). */
  onNavigate?: () => void;
};

/**
 * A conversation with the assistant: the messages, the reply streaming in, suggested replies, and the
 * composer. Whatever sends (the composer, a suggestion, a card's button) leaves focus in the composer.
 */
export function ChatPanel({ conversation, logHeight = 'min(60vh, 36rem)', onNavigate }: ChatPanelProps) {
  const { send, streaming, failure, dismissFailure, isStreaming } = useChatExchange(conversation);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  const sendChosen = useCallback(
    (text: string) => {
      if (isStreaming) return;
      inputRef.current?.focus();
      void send(text);
    },
    [isStreaming, send],
  );

  return (
    <Stack gap="sm">
      <MessageLog
        conversation={conversation}
        streaming={streaming}
        height={logHeight}
        onSend={sendChosen}
        isBusy={isStreaming}
        onNavigate={onNavigate}
      />
      {failure && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <div>
              <Text fw={600} size="sm">
                {failure.title}
              </Text>
              <Text size="sm">{failure.detail}</Text>
            </div>
            <CloseButton size="sm" aria-label={s.dismiss} onClick={dismissFailure} />
          </Group>
        </Alert>
      )}
      <Composer onSend={send} isBusy={isStreaming} inputRef={inputRef} />
      <Text size="xs" c="dimmed">
        {conversation.mode === 'patient' ? s.patientDisclaimer : s.helpDisclaimer}
      </Text>
    </Stack>
  );
}
