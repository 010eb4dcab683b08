import { Anchor, Paper, Stack, Table, Title } from '@mantine/core';
import type { RecordCard } from '@nexus/contracts';
import { useId } from 'react';
import { Link } from 'react-router';
import { isAppPath } from '../../notifications/NotificationBell.tsx';
import { formatRecordDate } from '../../records/record-format.ts';
import classes from '../Chat.module.css';
import { chatStrings as s } from '../chat.strings.ts';

type RecordCardViewProps = { card: RecordCard; onNavigate?: () => void };

/** An answer from the patient's own record: what, its value and when, and where to see more. */
export function RecordCardView({ card, onNavigate }: RecordCardViewProps) {
  const titleId = useId();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId} className={classes.card}>
      <Stack gap="sm">
        <Title order={3} fz="md" id={titleId}>
          {s.recordHeading}
        </Title>
        {card.items.length > 0 && (
          <Table.ScrollContainer minWidth={320}>
            <Table captionSide="top" verticalSpacing={4}>
              <Table.Caption style={{ textAlign: 'left' }}>{s.recordCaption}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{s.recordItem}</Table.Th>
                  <Table.Th scope="col">{s.recordValue}</Table.Th>
                  <Table.Th scope="col">{s.recordWhen}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {card.items.map((item) => (
                  <Table.Tr key={`${item.label}-${item.when ?? ''}`}>
                    <Table.Th scope="row" fw={500}>
                      {item.label}
                    </Table.Th>
                    <Table.Td>{item.value}</Table.Td>
                    <Table.Td>{item.when ? formatRecordDate(item.when) : s.recordWhenUnknown}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {card.link && isAppPath(card.link.path) && (
          <Anchor component={Link} to={card.link.path} onClick={onNavigate} size="sm">
            {card.link.label}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
