import { Anchor, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconApi, IconFileCode } from '@tabler/icons-react';
import { usePlatformInfo } from '../../features/session/api/queries.ts';
import { DetailList } from '../../features/shell/DetailList.tsx';
import { PortalHome } from '../shared/PortalHome.tsx';
import { adminStrings } from './admin.strings.ts';

function InstallationCard() {
  const platform = usePlatformInfo();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="admin-installation">
      <Title order={2} fz="lg" mb="md" id="admin-installation">
        {adminStrings.platformHeading}
      </Title>
      {platform.data ? (
        <DetailList
          items={[
            { label: adminStrings.productLabel, value: platform.data.product },
            { label: adminStrings.versionLabel, value: platform.data.version },
            {
              label: adminStrings.databaseLabel,
              value:
                platform.data.database === 'embedded'
                  ? adminStrings.databaseEmbedded
                  : adminStrings.databasePostgres,
            },
            {
              label: adminStrings.modeLabel,
              value: platform.data.isDemo ? adminStrings.modeDemo : adminStrings.modeRegular,
            },
          ]}
        />
      ) : platform.isError ? (
        <Text c="dimmed">{adminStrings.platformFailed}</Text>
      ) : (
        <Group gap="xs" role="status">
          <Loader size="xs" aria-hidden />
          <Text c="dimmed">{adminStrings.platformLoading}</Text>
        </Group>
      )}
    </Paper>
  );
}

function IntegrationsCard() {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="admin-integrations">
      <Title order={2} fz="lg" mb="sm" id="admin-integrations">
        {adminStrings.apiHeading}
      </Title>
      <Text mb="md">{adminStrings.apiIntro}</Text>
      <Stack gap="sm" align="flex-start">
        <Button component="a" href="/api/docs" leftSection={<IconApi size={18} aria-hidden />}>
          {adminStrings.apiDocsLink}
        </Button>
        <Anchor href="/api/openapi.json" size="sm">
          <Group gap={6} wrap="nowrap" component="span">
            <IconFileCode size={16} aria-hidden />
            {adminStrings.openApiLink}
          </Group>
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** The administration portal's home: the common greeting plus this installation and its API. */
export function AdminHomePage() {
  return (
    <PortalHome>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <InstallationCard />
        <IntegrationsCard />
      </SimpleGrid>
    </PortalHome>
  );
}
