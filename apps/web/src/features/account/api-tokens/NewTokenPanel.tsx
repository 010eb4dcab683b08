import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import type { CreatedApiToken } from '@nexus/contracts';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useId, useRef } from 'react';
import classes from './ApiTokens.module.css';
import { apiTokenStrings as s } from './api-tokens.strings.ts';

/** A token just created, shown this once with a copy button and a warning; "Done" puts it away for good. */
export function NewTokenPanel({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  const clipboard = useClipboard({ timeout: 4000 });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <Paper
      withBorder
      p="md"
      mb="md"
      component="section"
      aria-labelledby={headingId}
      style={{
        borderColor: 'var(--mantine-color-yellow-outline)',
        background: 'var(--mantine-color-yellow-light)',
      }}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconAlertTriangle size={20} aria-hidden style={{ flex: 'none' }} />
          <Title order={3} fz="md" id={headingId} ref={headingRef} tabIndex={-1}>
            {s.newTokenHeading}
          </Title>
        </Group>
        <Text size="sm">{s.newTokenWarning}</Text>
        <Text size="sm" fw={600}>
          {s.newTokenLabel(created.summary.name)}
        </Text>
        <code className={classes.token}>{created.token}</code>
        <Group gap="sm">
          <Button
            leftSection={
              clipboard.copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />
            }
            onClick={() => clipboard.copy(created.token)}
          >
            {s.copyToken}
          </Button>
          <Button variant="default" onClick={onDone}>
            {s.done}
          </Button>
          <Text size="sm" aria-live="polite">
            {clipboard.copied ? s.tokenCopied : ''}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
