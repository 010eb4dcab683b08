import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useSignedInUser } from '../../features/session/useSignedInUser.ts';
import { PageHeader } from '../../features/shell/PageHeader.tsx';
import { organisationKindLabels, portalStrings, roleLabels } from './portal.strings.ts';
import { usePortal } from './usePortal.ts';

/**
 * A portal's home: who is signed in, in which organisation and role, and what the portal is for.
 * Portals add their own sections as children.
 */
export function PortalHome({ children }: { children?: ReactNode }) {
  const me = useSignedInUser();
  const { portal, memberships } = usePortal();
  const rolesHere = memberships
    .map((membership) => portalStrings.roleAt(roleLabels[membership.role], membership.organisationName))
    .join('; ');
  return (
    <Stack gap="xl">
      <PageHeader
        eyebrow={portal.title}
        title={portalStrings.greeting(me.displayName)}
        description={rolesHere}
        documentTitle={portal.title}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <Paper withBorder p="lg" component="section" aria-labelledby="portal-purpose">
          <Group gap="sm" mb="sm" wrap="nowrap">
            <ThemeIcon variant="light" size={40} radius="md" aria-hidden>
              <portal.icon size={22} stroke={1.7} />
            </ThemeIcon>
            <Title order={2} fz="lg" id="portal-purpose">
              {portalStrings.purposeHeading}
            </Title>
          </Group>
          <Text mb="md">{portal.purpose}</Text>
          <List
            spacing="xs"
            icon={
              <ThemeIcon variant="transparent" size={20} aria-hidden>
                <IconCircleCheck size={18} stroke={1.8} />
              </ThemeIcon>
            }
          >
            {portal.scope.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="portal-roles">
          <Title order={2} fz="lg" mb="md" id="portal-roles">
            {portalStrings.rolesHeading}
          </Title>
          <Stack gap="sm">
            {memberships.map((membership) => (
              <Paper
                key={`${membership.organisationId}:${membership.role}`}
                withBorder
                radius="md"
                p="md"
                bg="var(--nexus-surface)"
              >
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <div>
                    <Text fw={600}>{membership.organisationName}</Text>
                    <Text size="sm" c="dimmed">
                      {organisationKindLabels[membership.organisationKind]}
                    </Text>
                  </div>
                  <Badge variant="light" size="lg" radius="sm" tt="none">
                    {roleLabels[membership.role]}
                  </Badge>
                </Group>
              </Paper>
            ))}
          </Stack>
        </Paper>
      </SimpleGrid>
      {children}
    </Stack>
  );
}
