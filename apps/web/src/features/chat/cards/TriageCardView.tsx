import { Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { TriageCard, TriageConditionView } from '@nexus/contracts';
import { useId } from 'react';
import { DetailList } from '../../shell/DetailList.tsx';
import classes from '../Chat.module.css';
import { chatStrings as s } from '../chat.strings.ts';
import { ExternalLink } from './links.tsx';
import { ShareTriage } from './ShareTriage.tsx';
import { LikelihoodBadge, TriageLevelBadge } from './TriageBadges.tsx';

const listOrNone = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : s.noneNoted);

function Condition({ condition }: { condition: TriageConditionView }) {
  return (
    <Box component="li">
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>{condition.name}</Text>
        <LikelihoodBadge likelihood={condition.likelihood} />
      </Group>
      {condition.why.length > 0 && (
        <>
          <Text size="sm" c="dimmed" mt={4}>
            {s.whyLabel}
          </Text>
          <ul className={classes.list}>
            {condition.why.map((why) => (
              <li key={why}>
                <Text size="sm">{why}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <Text size="sm" mt={4}>
        {condition.summary}
      </Text>
      <Text size="sm" mt={4}>
        <Text span fw={600} size="sm">
          {`${s.adviceLabel}: `}
        </Text>
        {condition.advice}
      </Text>
      <Box mt={4}>
        <ExternalLink href={condition.source.url}>{s.source(condition.source.title)}</ExternalLink>
      </Box>
    </Box>
  );
}

type TriageCardViewProps = {
  card: TriageCard;
  /** Given when the patient may share this result with their doctors (patient mode, the latest result). */
  shareFor?: { conversationId: string; canShare: boolean };
};

/** A triage result: the level, why, the symptoms as understood, the conditions considered, and sharing. */
export function TriageCardView({ card, shareFor }: TriageCardViewProps) {
  const titleId = useId();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId} className={classes.card}>
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <Title order={3} fz="md" id={titleId}>
            {s.triageHeading}
          </Title>
          <TriageLevelBadge level={card.level} label={card.levelLabel} />
        </Group>
        {card.reasons.length > 0 && (
          <div>
            <Title order={4} fz="sm">
              {s.reasonsHeading}
            </Title>
            <ul className={classes.list}>
              {card.reasons.map((reason) => (
                <li key={reason}>
                  <Text size="sm">{reason}</Text>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <Title order={4} fz="sm">
            {s.understoodHeading}
          </Title>
          <DetailList
            items={[
              { label: s.presentLabel, value: listOrNone(card.understood.present) },
              { label: s.absentLabel, value: listOrNone(card.understood.absent) },
            ]}
          />
        </div>
        {card.conditions.length > 0 && (
          <div>
            <Title order={4} fz="sm" mb="xs">
              {s.conditionsHeading}
            </Title>
            <List listStyleType="none" spacing="md" p={0} m={0}>
              {card.conditions.map((condition) => (
                <Condition key={condition.name} condition={condition} />
              ))}
            </List>
          </div>
        )}
        <Text size="xs" c="dimmed">
          {card.disclaimer}
        </Text>
        {(card.sharedAt || shareFor) && <ShareTriage card={card} shareFor={shareFor} />}
      </Stack>
    </Paper>
  );
}
