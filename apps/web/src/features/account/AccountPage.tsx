import { Button, Code, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { organisationKindLabels, roleLabels } from '../../portals/shared/portal.strings.ts';
import { useOptionalPortal } from '../../portals/shared/usePortal.ts';
import { DevicePushSection } from '../notifications/push/DevicePushSection.tsx';
import { useSignOut } from '../session/api/mutations.ts';
import { useSignedInUser } from '../session/useSignedInUser.ts';
import { DetailList } from '../shell/DetailList.tsx';
import { PageHeader } from '../shell/PageHeader.tsx';
import { accountStrings } from './account.strings.ts';
import { ApiTokensSection } from './api-tokens/ApiTokensSection.tsx';
import { TwoStepSection } from './security/TwoStepSection.tsx';
import { SecurityLogSection } from './security-log/SecurityLogSection.tsx';
import { SessionsSection } from './sessions/SessionsSection.tsx';

/**
 * The signed-in user's profile and memberships (as /api/v1/me reports them), two-step verification,
 * notifications on this device, sessions, API tokens, security log, and sign-out.
 */
export function AccountPage() {
  const me = useSignedInUser();
  const portal = useOptionalPortal()?.portal;
  const signOut = useSignOut();
  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal?.title} title={accountStrings.title} description={accountStrings.intro} />
      <Paper withBorder p="lg" component="section" aria-labelledby="account-profile">
        <Title order={2} fz="lg" mb="sm" id="account-profile">
          {accountStrings.profileHeading}
        </Title>
        <DetailList
          items={[
            { label: accountStrings.nameLabel, value: me.displayName },
            { label: accountStrings.emailLabel, value: me.email },
            { label: accountStrings.idLabel, value: <Code>{me.id}</Code> },
          ]}
        />
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="account-memberships">
        <Title order={2} fz="lg" mb="sm" id="account-memberships">
          {accountStrings.membershipsHeading}
        </Title>
        {me.memberships.length === 0 ? (
          <Text c="dimmed">{accountStrings.noMemberships}</Text>
        ) : (
          <Table verticalSpacing="sm" aria-labelledby="account-memberships">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{accountStrings.organisationColumn}</Table.Th>
                <Table.Th scope="col">{accountStrings.kindColumn}</Table.Th>
                <Table.Th scope="col">{accountStrings.roleColumn}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {me.memberships.map((membership) => (
                <Table.Tr key={`${membership.organisationId}:${membership.role}`}>
                  <Table.Td>{membership.organisationName}</Table.Td>
                  <Table.Td>{organisationKindLabels[membership.organisationKind]}</Table.Td>
                  <Table.Td>{roleLabels[membership.role]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <TwoStepSection />
      <DevicePushSection />
      <SessionsSection />
      <ApiTokensSection />
      <SecurityLogSection />
      <Paper withBorder p="lg" component="section" aria-labelledby="account-session">
        <Title order={2} fz="lg" mb="xs" id="account-session">
          {accountStrings.sessionHeading}
        </Title>
        <Text mb="md">{accountStrings.sessionIntro}</Text>
        <Button
          variant="light"
          color="red"
          leftSection={<IconLogout size={18} aria-hidden />}
          loading={signOut.isPending}
          onClick={() => signOut.mutate()}
        >
          {accountStrings.signOut}
        </Button>
      </Paper>
    </Stack>
  );
}
