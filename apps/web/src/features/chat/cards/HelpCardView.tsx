import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { HelpCard } from '@nexus/contracts';
import { IconArrowRight } from '@tabler/icons-react';
import { useId } from 'react';
import { Link } from 'react-router';
import { isAppPath } from '../../notifications/NotificationBell.tsx';
import classes from '../Chat.module.css';

type HelpCardViewProps = { card: HelpCard; onNavigate?: () => void };

/** Platform help: a title and the app's pages that do what was asked, as links within the app. */
export function HelpCardView({ card, onNavigate }: HelpCardViewProps) {
  const titleId = useId();
  const links = card.links.filter((link) => isAppPath(link.path));
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId} className={classes.card}>
      <Stack gap="sm">
        <Title order={3} fz="md" id={titleId}>
          {card.title}
        </Title>
        {links.length > 0 && (
          <Group gap="xs" wrap="wrap">
            {links.map((link) => (
              <Button
                key={link.path}
                component={Link}
                to={link.path}
                onClick={onNavigate}
                size="xs"
                variant="light"
                rightSection={<IconArrowRight size={14} aria-hidden />}
              >
                {link.label}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
