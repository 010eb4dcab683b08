import { Alert, Button, Drawer, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ConversationSummaryView } from '@nexus/contracts';
import { IconAlertTriangle, IconMessages } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useOptionalPortal } from '../../../portals/shared/usePortal.ts';
import { detailOf } from '../../records/problem-detail.ts';
import { ActionFeedback, type ActionOutcome } from '../../shell/ActionFeedback.tsx';
import { ConfirmDialog } from '../../shell/ConfirmDialog.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { useDeleteConversation, useStartConversation } from '../api/mutations.ts';
import { useConversations } from '../api/queries.ts';
import { chatStrings as s } from '../chat.strings.ts';
import { AssistantSettings } from './AssistantSettings.tsx';
import { ConversationList } from './ConversationList.tsx';
import { ConversationPane } from './ConversationPane.tsx';

/** Below Mantine's `sm` breakpoint the list moves into a drawer and the chat takes the full width. */
const PHONE_QUERY = '(max-width: 47.99em)';

/**
 * The patient's health assistant: their conversations (newest first) beside the open one. The open
 * conversation is in the address (`?conversation=<id>`); without one, the newest is open.
 */
export function AssistantPage() {
  const portal = useOptionalPortal()?.portal;
  const [params, setParams] = useSearchParams();
  const conversations = useConversations('patient');
  const start = useStartConversation('patient');
  const remove = useDeleteConversation('patient');
  const isPhone = useMediaQuery(PHONE_QUERY) ?? false;
  const [isListOpen, setListOpen] = useState(false);
  const [deleting, setDeleting] = useState<ConversationSummaryView | null>(null);
  const [feedback, setFeedback] = useState<ActionOutcome | null>(null);

  const list = conversations.data ?? [];
  const requested = params.get('conversation');
  const selectedId = list.some((item) => item.id === requested) ? requested : (list[0]?.id ?? null);

  const select = (conversationId: string) => {
    setParams({ conversation: conversationId }, { replace: true });
    setListOpen(false);
  };
  const startNew = () => {
    setFeedback(null);
    start.mutate(undefined, { onSuccess: (conversation) => select(conversation.id) });
  };
  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting.id, {
      onSuccess: () => {
        if (deleting.id === selectedId) setParams({}, { replace: true });
        setDeleting(null);
        setFeedback({ kind: 'success', message: s.deleted });
      },
      onError: (error) => {
        setDeleting(null);
        setFeedback({ kind: 'error', title: s.deleteFailed, detail: detailOf(error) });
      },
    });
  };

  const listView = (hasHeading: boolean) => (
    <ConversationList
      hasHeading={hasHeading}
      conversations={conversations}
      selectedId={selectedId}
      isStarting={start.isPending}
      onSelect={select}
      onStart={startNew}
      onDelete={(conversation) => {
        setFeedback(null);
        setDeleting(conversation);
      }}
    />
  );
  const pane = selectedId ? (
    <ConversationPane conversationId={selectedId} />
  ) : (
    conversations.isSuccess && (
      <Paper withBorder p="lg">
        <Text c="dimmed">{s.noConversationChosen}</Text>
      </Paper>
    )
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <PageHeader eyebrow={portal?.title} title={s.assistantTitle} description={s.assistantIntro} />
        <AssistantSettings />
      </Group>
      <ActionFeedback feedback={feedback} />
      {start.isError && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={s.startFailed}>
          {detailOf(start.error)}
        </Alert>
      )}
      {isPhone ? (
        <>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconMessages size={16} aria-hidden />}
              onClick={() => setListOpen(true)}
            >
              {s.showConversations}
            </Button>
          </Group>
          <Drawer
            opened={isListOpen}
            onClose={() => setListOpen(false)}
            title={s.conversationsHeading}
            closeButtonProps={{ 'aria-label': s.closeDialog }}
            size="85%"
          >
            {listView(false)}
          </Drawer>
          {pane}
        </>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, sm: 4 }}>{listView(true)}</Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>{pane}</Grid.Col>
        </Grid>
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title={s.deleteTitle}
        body={deleting ? s.deleteBody(deleting.title) : ''}
        confirmLabel={s.deleteConfirm}
        isPending={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </Stack>
  );
}
