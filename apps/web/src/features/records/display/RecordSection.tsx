import { Group, Paper, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

type RecordSectionProps = {
  title: string;
  /** 2 on a page of its own, 3 inside a tab that has its own heading. */
  headingLevel?: 2 | 3;
  /** Buttons beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
};

/** One part of the record in a card: a labelled region with its heading. */
export function RecordSection({ title, headingLevel = 2, actions, children }: RecordSectionProps) {
  const headingId = useId();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center" gap="sm" mb="md" wrap="wrap">
        <Title order={headingLevel} fz={headingLevel === 2 ? 'lg' : 'md'} id={headingId}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
