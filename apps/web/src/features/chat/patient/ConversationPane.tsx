import { Paper, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { QueryView } from '../../medications/display/QueryView.tsx';
import { useConversation } from '../api/queries.ts';
import { chatStrings as s } from '../chat.strings.ts';
import { ChatPanel } from '../panel/ChatPanel.tsx';

/** The open conversation, headed by its title, with the chat panel. */
export function ConversationPane({ conversationId }: { conversationId: string }) {
  const conversation = useConversation(conversationId);
  const headingId = useId();
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <QueryView
        query={conversation}
        loadingLabel={s.conversationLoading}
        failedTitle={s.conversationLoadFailed}
      >
        {(view) => (
          <Stack gap="sm">
            <Title order={2} fz="lg" id={headingId}>
              {view.title}
            </Title>
            {/* Keyed: another conversation starts with an empty composer and no reply under way. */}
            <ChatPanel key={view.id} conversation={view} />
          </Stack>
        )}
      </QueryView>
    </Paper>
  );
}
