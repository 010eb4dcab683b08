import { Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Me } from '@nexus/contracts';
import { IconArrowRight } from '@tabler/icons-react';
import { Link, Navigate } from 'react-router';
import { useSignedInUser } from '../../features/session/useSignedInUser.ts';
import { PageHeader } from '../../features/shell/PageHeader.tsx';
import { ShellFrame } from '../../features/shell/ShellFrame.tsx';
import { membershipsIn } from '../registry.ts';
import { choosePortal } from './choose-portal.ts';
import { portalStrings, roleLabels } from './portal.strings.ts';
import type { PortalDefinition } from './portal.types.ts';
import { rememberedPortal } from './portal-memory.ts';

function PortalCard({ portal, me }: { portal: PortalDefinition; me: Me }) {
  const where = membershipsIn(portal, me)
    .map((membership) => portalStrings.roleAt(roleLabels[membership.role], membership.organisationName))
    .join('; ');
  return (
    <Card withBorder padding="lg" radius="lg" component="section" aria-labelledby={`portal-${portal.id}`}>
      <Group gap="sm" mb="sm" wrap="nowrap">
        <ThemeIcon variant="light" size={40} radius="md" aria-hidden>
          <portal.icon size={22} stroke={1.7} />
        </ThemeIcon>
        <Title order={2} fz="lg" id={`portal-${portal.id}`}>
          {portal.title}
        </Title>
      </Group>
      <Text size="sm" mb="xs">
        {portal.purpose}
      </Text>
      <Text size="sm" c="dimmed" mb="md">
        {where}
      </Text>
      <Button
        component={Link}
        to={portal.path}
        variant="light"
        rightSection={<IconArrowRight size={16} aria-hidden />}
        mt="auto"
        aria-label={portalStrings.openPortal(portal.title)}
      >
        {portal.title}
      </Button>
    </Card>
  );
}

/** The address '/': straight into the user's portal, or a choice when they have several. */
export function StartPage() {
  const me = useSignedInUser();
  const choice = choosePortal(me, rememberedPortal());
  if (choice.kind === 'open') return <Navigate replace to={choice.portal.path} />;
  return (
    <ShellFrame me={me}>
      {choice.kind === 'choose' ? (
        <Stack gap="xl">
          <PageHeader title={portalStrings.chooseTitle} description={portalStrings.chooseIntro} />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
            {choice.portals.map((portal) => (
              <PortalCard key={portal.id} portal={portal} me={me} />
            ))}
          </SimpleGrid>
        </Stack>
      ) : (
        <PageHeader title={portalStrings.noMembershipTitle} description={portalStrings.noMembershipDetail} />
      )}
    </ShellFrame>
  );
}
