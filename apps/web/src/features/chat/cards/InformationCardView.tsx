import { Paper, Stack, Text, Title } from '@mantine/core';
import type { InformationCard } from '@nexus/contracts';
import { useId } from 'react';
import { formatRecordDate } from '../../records/record-format.ts';
import classes from '../Chat.module.css';
import { chatStrings as s } from '../chat.strings.ts';
import { ExternalLink } from './links.tsx';
import { SuggestionButtons } from './SuggestionButtons.tsx';

type InformationCardViewProps = { card: InformationCard; isBusy: boolean; onSend: (text: string) => void };

/** Health information: the topic, where it comes from and when that was reviewed, and related topics. */
export function InformationCardView({ card, isBusy, onSend }: InformationCardViewProps) {
  const titleId = useId();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId} className={classes.card}>
      <Stack gap="xs">
        <Title order={3} fz="md" id={titleId}>
          {card.title}
        </Title>
        <div>
          <ExternalLink href={card.source.url}>{s.source(card.source.title)}</ExternalLink>
        </div>
        <Text size="xs" c="dimmed">
          {s.reviewed(formatRecordDate(card.reviewed))}
        </Text>
        <SuggestionButtons
          suggestions={card.related}
          label={s.relatedLabel}
          isBusy={isBusy}
          onSend={onSend}
        />
      </Stack>
    </Paper>
  );
}
