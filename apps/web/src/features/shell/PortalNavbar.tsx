import { AppShell, Box, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import type { Me } from '@nexus/contracts';
import { IconExternalLink } from '@tabler/icons-react';
import { Link, useMatch } from 'react-router';
import { membershipsIn } from '../../portals/registry.ts';
import { organisationKindLabels, roleLabels } from '../../portals/shared/portal.strings.ts';
import type {
  NavEntry,
  NavListedEntry,
  NavPageEntry,
  PortalDefinition,
} from '../../portals/shared/portal.types.ts';
import { PortalSwitcher } from './PortalSwitcher.tsx';
import { shellStrings } from './shell.strings.ts';

type PortalNavbarProps = {
  me: Me;
  portal: PortalDefinition;
  portals: readonly PortalDefinition[];
  /** Called when the user follows a link (the phone layout closes the navigation then). */
  onNavigate?: () => void;
};

export const pagePath = (portal: PortalDefinition, entry: NavPageEntry): string =>
  entry.path ? `${portal.path}/${entry.path}` : portal.path;

function PageLink({ to, entry, onNavigate }: { to: string; entry: NavPageEntry; onNavigate?: () => void }) {
  // The home entry is active only on the portal's own path; other entries also for their sub-pages.
  const isActive = useMatch({ path: to, end: entry.path === '' }) !== null;
  return (
    <NavLink
      component={Link}
      to={to}
      label={entry.label}
      leftSection={<entry.icon size={20} stroke={1.7} aria-hidden />}
      active={isActive}
      aria-current={isActive ? 'page' : undefined}
      onClick={onNavigate}
      fw={500}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}

function EntryLink({
  portal,
  entry,
  onNavigate,
}: {
  portal: PortalDefinition;
  entry: NavListedEntry;
  onNavigate?: () => void;
}) {
  if (entry.kind === 'page')
    return <PageLink to={pagePath(portal, entry)} entry={entry} onNavigate={onNavigate} />;
  return (
    <NavLink
      href={entry.href}
      label={entry.label}
      leftSection={<entry.icon size={20} stroke={1.7} aria-hidden />}
      rightSection={<IconExternalLink size={16} aria-hidden />}
      fw={500}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}

/**
 * Whether the menu lists the entry for this user: hidden entries never; page entries for the roles they
 * name (entries without roles are for everyone).
 */
const isListedFor = (entry: NavEntry, me: Me): entry is NavListedEntry =>
  entry.kind !== 'hidden' &&
  (entry.kind !== 'page' || !entry.roles || me.memberships.some((m) => entry.roles?.includes(m.role)));

/** The portal's navigation, derived from its registry entry, and who the user is signed in as here. */
export function PortalNavbar({ me, portal, portals, onNavigate }: PortalNavbarProps) {
  const memberships = membershipsIn(portal, me);
  return (
    <>
      <AppShell.Section grow component={ScrollArea} p="md">
        {portals.length > 1 && (
          <Box hiddenFrom="sm" mb="md">
            <PortalSwitcher portals={portals} current={portal} fullWidth />
          </Box>
        )}
        <Text size="xs" fw={700} tt="uppercase" c="dimmed" lts={0.6} px="sm" mb="xs">
          {portal.title}
        </Text>
        <Stack gap={4}>
          {portal.navigation
            .filter((entry) => isListedFor(entry, me))
            .map((entry) => (
              <EntryLink key={entry.id} portal={portal} entry={entry} onNavigate={onNavigate} />
            ))}
        </Stack>
      </AppShell.Section>
      <AppShell.Section p="md" style={{ borderTop: '1px solid var(--app-shell-border-color)' }}>
        <Text size="xs" c="dimmed" mb={4}>
          {shellStrings.signedInAs}
        </Text>
        {memberships.map((membership) => (
          <Box key={`${membership.organisationId}:${membership.role}`} mb={4}>
            <Text size="sm" fw={600} lh={1.3}>
              {membership.organisationName}
            </Text>
            <Text size="xs" c="dimmed">
              {roleLabels[membership.role]} · {organisationKindLabels[membership.organisationKind]}
            </Text>
          </Box>
        ))}
      </AppShell.Section>
    </>
  );
}
