import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { EmergencyCard } from '@nexus/contracts';
import { IconAlertTriangle, IconPhone } from '@tabler/icons-react';
import { useId } from 'react';
import classes from '../Chat.module.css';
import { chatStrings as s } from '../chat.strings.ts';
import { telHref } from './links.tsx';

/**
 * Emergency advice, shown the moment its event arrives (before the reply's text): what to do now, in
 * order, and a large button that calls the emergency number (and the crisis line, when there is one).
 */
export function EmergencyCardView({ card }: { card: EmergencyCard }) {
  const titleId = useId();
  const actionsId = useId();
  return (
    // Not Mantine's Alert: it would name the alert by its own title element, not this heading.
    <Paper role="alert" aria-labelledby={titleId} p="md" radius="md" className={classes.emergency}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="center">
          <IconAlertTriangle aria-hidden color="var(--mantine-color-error)" />
          <Title order={3} fz="lg" id={titleId} c="var(--mantine-color-error)">
            {card.title}
          </Title>
        </Group>
        <Text size="sm" fw={600} id={actionsId}>
          {s.emergencyActionsLabel}
        </Text>
        <List type="ordered" aria-labelledby={actionsId} spacing={4}>
          {card.actions.map((action) => (
            <List.Item key={action}>{action}</List.Item>
          ))}
        </List>
        <Stack gap={4} align="flex-start">
          <Button
            component="a"
            href={telHref(card.call.number)}
            size="lg"
            color="red.9"
            leftSection={<IconPhone aria-hidden />}
          >
            {s.call(card.call.number)}
          </Button>
        </Stack>
        {card.crisisLine && (
          <Stack gap={4} align="flex-start">
            <Text size="sm">{card.crisisLine.label}</Text>
            <Button
              component="a"
              href={telHref(card.crisisLine.number)}
              size="md"
              variant="outline"
              color="red.9"
              leftSection={<IconPhone aria-hidden />}
            >
              {s.call(card.crisisLine.number)}
            </Button>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
