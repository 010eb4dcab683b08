import { Box, Group, Paper, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { roleLabels } from '../../portals/shared/portal.strings.ts';
import classes from './DemoAccountsHint.module.css';
import { DEMO_ACCOUNTS } from './demo-accounts.ts';
import { sessionStrings as s } from './session.strings.ts';

/** On a demo installation: where the demo password is, and the demo e-mails (a click fills the form). */
export function DemoAccountsHint({ onPick }: { onPick: (email: string) => void }) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg="var(--nexus-surface)"
      component="section"
      aria-labelledby="demo-hint"
    >
      <Group gap="xs" mb={6} wrap="nowrap">
        <ThemeIcon variant="transparent" size={20} aria-hidden>
          <IconInfoCircle size={20} />
        </ThemeIcon>
        <Text fw={600} size="sm" id="demo-hint" component="h2">
          {s.demoTitle}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {s.demoDetail}
      </Text>
      <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.email}>
            <UnstyledButton
              onClick={() => onPick(account.email)}
              w="100%"
              py={6}
              px={8}
              className={classes.pick}
            >
              <Group justify="space-between" gap={4} wrap="wrap">
                <Text component="span" size="sm" fw={500}>
                  {account.email}
                </Text>
                <Text component="span" size="xs" c="dimmed">
                  {roleLabels[account.role]}
                </Text>
              </Group>
            </UnstyledButton>
          </li>
        ))}
      </Box>
    </Paper>
  );
}
