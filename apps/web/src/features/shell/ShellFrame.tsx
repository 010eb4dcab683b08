import { AppShell, Burger, Container, Divider, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Me } from '@nexus/contracts';
import type { ReactNode } from 'react';
import { portalsFor } from '../../portals/registry.ts';
import type { PortalDefinition } from '../../portals/shared/portal.types.ts';
import { HelpAssistant } from '../chat/help/HelpAssistant.tsx';
import { NotificationCenter } from '../notifications/NotificationCenter.tsx';
import { BrandLink } from './BrandLink.tsx';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';
import { PortalNavbar } from './PortalNavbar.tsx';
import { PortalSwitcher } from './PortalSwitcher.tsx';
import classes from './ShellFrame.module.css';
import { SignOutFailedNotice } from './SignOutFailedNotice.tsx';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink.tsx';
import { shellStrings } from './shell.strings.ts';
import { UserMenu } from './UserMenu.tsx';

export const NAVBAR_ID = 'portal-navigation';

type ShellFrameProps = {
  me: Me;
  /** The portal being shown; without one (portal chooser) there is no navigation column. */
  portal?: PortalDefinition;
  children: ReactNode;
};

/** The signed-in frame: header, the portal's navigation (a burger menu on phones) and the main region. */
export function ShellFrame({ me, portal, children }: ShellFrameProps) {
  const [isNavOpen, nav] = useDisclosure(false);
  const portals = portalsFor(me);
  const accountPath = portal ? `${portal.path}/account` : undefined;
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={portal ? { width: 272, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } } : undefined}
      padding={0}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'lg' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            {portal && (
              <Burger
                opened={isNavOpen}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={isNavOpen ? shellStrings.closeNavigation : shellStrings.openNavigation}
                aria-expanded={isNavOpen}
                aria-controls={NAVBAR_ID}
              />
            )}
            <BrandLink />
            {portal && portals.length <= 1 && (
              <Group gap="sm" wrap="nowrap" visibleFrom="sm">
                <Divider orientation="vertical" h={24} />
                <Text size="sm" c="dimmed" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {portal.title}
                </Text>
              </Group>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {portals.length > 1 && (
              <Group visibleFrom="sm">
                <PortalSwitcher portals={portals} current={portal} />
              </Group>
            )}
            <HelpAssistant />
            <NotificationCenter />
            <ColorSchemeToggle />
            <UserMenu me={me} accountPath={accountPath} />
          </Group>
        </Group>
      </AppShell.Header>
      {portal && (
        <AppShell.Navbar
          id={NAVBAR_ID}
          aria-label={shellStrings.portalNavigation}
          className={classes.navbar}
          mod={{ open: isNavOpen }}
        >
          <PortalNavbar me={me} portal={portal} portals={portals} onNavigate={nav.close} />
        </AppShell.Navbar>
      )}
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} bg="var(--nexus-surface)" style={{ outline: 'none' }}>
        <Container size="lg" px={{ base: 'md', sm: 'xl' }} py={{ base: 'lg', sm: 'xl' }}>
          <SignOutFailedNotice />
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
