import { Box, Group, Paper, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import type { PlatformInfo } from '@nexus/contracts';
import { IconInfoCircle } from '@tabler/icons-react';
import { roleLabels } from '../../portals/shared/portal.strings.ts';
import classes from './DemoAccountsHint.module.css';
import { sessionStrings as s } from './session.strings.ts';

/** On a demo installation: where the demo password is, and the demo e-mails (a click fills the form). */
export function DemoAccountsHint({
  accounts,
  onPick,
}: {
  accounts: PlatformInfo['demoAccounts'];
  onPick: (email: string) => void;
}) {
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      bg="transparent"
      component="section"
      aria-labelledby="demo-hint"
    >
      <Group gap="xs" mb="xs" wrap="nowrap">
        <ThemeIcon variant="light" size={28} radius="xl" aria-hidden>
          <IconInfoCircle size={18} />
        </ThemeIcon>
        <Text fw={650} id="demo-hint" component="h2">
          {s.demoTitle}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {s.demoDetail}
      </Text>
      <Box component="ul" className={classes.list}>
        {accounts.map((account) => (
          <li key={account.email}>
            <UnstyledButton onClick={() => onPick(account.email)} className={classes.pick}>
              <Text component="span" size="sm" fw={500} className={classes.email}>
                {account.email}
              </Text>
              <Text component="span" size="xs" c="dimmed">
                {roleLabels[account.role]}
              </Text>
            </UnstyledButton>
          </li>
        ))}
      </Box>
    </Paper>
  );
}
