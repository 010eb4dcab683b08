import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { useSignedInUser } from '../../features/session/useSignedInUser.ts';
import { ShellFrame } from '../../features/shell/ShellFrame.tsx';
import { shellStrings } from '../../features/shell/shell.strings.ts';
import { membershipsIn } from '../registry.ts';
import { portalStrings } from './portal.strings.ts';
import type { PortalDefinition } from './portal.types.ts';
import { rememberPortal } from './portal-memory.ts';
import { PortalContext } from './usePortal.ts';

/** Frame of one portal's pages; someone without a role for it is told so instead. */
export function PortalLayout({ portal }: { portal: PortalDefinition }) {
  const me = useSignedInUser();
  const memberships = membershipsIn(portal, me);
  const hasAccess = memberships.length > 0;

  useEffect(() => {
    if (hasAccess) rememberPortal(portal.id);
  }, [hasAccess, portal.id]);

  if (!hasAccess) {
    return (
      <ShellFrame me={me}>
        <Paper withBorder p={{ base: 'lg', sm: 'xl' }} maw={560} mx="auto">
          <title>{shellStrings.pageTitle(portalStrings.noAccessTitle)}</title>
          <Stack align="flex-start">
            <Title order={1} fz={{ base: 24, sm: 28 }}>
              {portalStrings.noAccessTitle}
            </Title>
            <Text c="dimmed">{portalStrings.noAccessDetail(portal.title)}</Text>
            <Button component={Link} to="/">
              {portalStrings.goToStart}
            </Button>
          </Stack>
        </Paper>
      </ShellFrame>
    );
  }
  return (
    <ShellFrame me={me} portal={portal}>
      <PortalContext value={{ portal, memberships }}>
        <Outlet />
      </PortalContext>
    </ShellFrame>
  );
}
