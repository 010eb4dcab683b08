import { ActionIcon, Button, Group, Stack, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { ConversationSummaryView } from '@nexus/contracts';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { formatMoment } from '../../account/sessions/session-times.ts';
import { QueryView } from '../../medications/display/QueryView.tsx';
import { chatStrings as s } from '../chat.strings.ts';
import classes from './Assistant.module.css';

type ConversationListProps = {
  conversations: UseQueryResult<ConversationSummaryView[]>;
  selectedId: string | null;
  isStarting: boolean;
  onSelect: (conversationId: string) => void;
  onStart: () => void;
  onDelete: (conversation: ConversationSummaryView) => void;
  /** False inside the drawer, whose title already says it. */
  hasHeading?: boolean;
};

/** The patient's conversations, newest first: open one, start one, delete one. */
export function ConversationList({
  conversations,
  selectedId,
  isStarting,
  onSelect,
  onStart,
  onDelete,
  hasHeading = true,
}: ConversationListProps) {
  const headingId = useId();
  const now = new Date();
  return (
    <Stack gap="sm" component="section" aria-labelledby={hasHeading ? headingId : undefined}>
      <Group justify={hasHeading ? 'space-between' : 'flex-end'} gap="xs" wrap="wrap">
        {hasHeading && (
          <Title order={2} fz="lg" id={headingId}>
            {s.conversationsHeading}
          </Title>
        )}
        <Button
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          loading={isStarting}
          onClick={onStart}
        >
          {s.newConversation}
        </Button>
      </Group>
      <QueryView
        query={conversations}
        loadingLabel={s.conversationsLoading}
        failedTitle={s.conversationsLoadFailed}
      >
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {s.conversationsEmpty}
            </Text>
          ) : (
            <Stack component="ul" gap={4} aria-label={s.conversationsLabel} className={classes.list}>
              {list.map((conversation) => {
                const isCurrent = conversation.id === selectedId;
                return (
                  <li key={conversation.id} className={classes.item} data-current={isCurrent || undefined}>
                    <UnstyledButton
                      className={classes.open}
                      aria-current={isCurrent ? 'true' : undefined}
                      onClick={() => onSelect(conversation.id)}
                    >
                      <Text size="sm" fw={isCurrent ? 650 : 500} lineClamp={2}>
                        {conversation.title}
                      </Text>
                      {isCurrent && <VisuallyHidden>, {s.currentConversation}</VisuallyHidden>}
                      <Text size="xs" c="dimmed">
                        {s.updatedAt(formatMoment(conversation.updatedAt, now))}
                      </Text>
                    </UnstyledButton>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={s.deleteConversationLabel(conversation.title)}
                      onClick={() => onDelete(conversation)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </li>
                );
              })}
            </Stack>
          )
        }
      </QueryView>
    </Stack>
  );
}
