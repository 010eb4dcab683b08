import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import type { Me } from '@nexus/contracts';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSignOut } from '../session/api/mutations.ts';
import { shellStrings } from './shell.strings.ts';

type UserMenuProps = {
  me: Me;
  /** Where the account page is (inside the current portal); none outside portals. */
  accountPath: string | undefined;
};

/** The signed-in user's name and avatar, opening their account link and sign-out. */
export function UserMenu({ me, accountPath }: UserMenuProps) {
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={260} shadow="md">
      <Menu.Target>
        <UnstyledButton
          aria-label={shellStrings.accountMenu(me.displayName)}
          p={4}
          style={{ borderRadius: 999 }}
        >
          <Group gap={8} wrap="nowrap">
            <Avatar name={me.displayName} color="nexus" radius="xl" size={34} aria-hidden />
            <Text component="span" size="sm" fw={500} visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
              {me.displayName}
            </Text>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{shellStrings.signedInAs}</Menu.Label>
        {/* A label, not a paragraph: a menu may only hold items, groups, separators and labels. */}
        <Menu.Label
          pt={0}
          fz="sm"
          fw={500}
          c="var(--mantine-color-text)"
          style={{ overflowWrap: 'anywhere' }}
        >
          {me.email}
        </Menu.Label>
        <Menu.Divider />
        {accountPath && (
          <Menu.Item component={Link} to={accountPath} leftSection={<IconUserCircle size={18} aria-hidden />}>
            {shellStrings.yourAccount}
          </Menu.Item>
        )}
        <Menu.Item
          leftSection={<IconLogout size={18} aria-hidden />}
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
        >
          {shellStrings.signOut}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
