import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ChatCard } from '@nexus/contracts';
import classes from '../Chat.module.css';
import { chatStrings as s } from '../chat.strings.ts';

type ConsentCardViewProps = {
  card: Extract<ChatCard, { kind: 'consent' }>;
  isBusy: boolean;
  onSend: (text: string) => void;
};

/** The assistant asks whether it may read the record; the answer is sent as a message. */
export function ConsentCardView({ card, isBusy, onSend }: ConsentCardViewProps) {
  return (
    <Paper withBorder p="md" className={classes.card}>
      <Stack gap="sm">
        <Text fw={600}>{card.question}</Text>
        <Group gap="xs">
          <Button size="sm" disabled={isBusy} onClick={() => onSend(s.consentYes)}>
            {s.consentYes}
          </Button>
          <Button size="sm" variant="default" disabled={isBusy} onClick={() => onSend(s.consentNo)}>
            {s.consentNo}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {s.consentNote}
        </Text>
      </Stack>
    </Paper>
  );
}
