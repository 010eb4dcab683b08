import { Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { Invitation, InvitationStatus } from '@nexus/contracts';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { roleLabels } from '../../../portals/shared/portal.strings.ts';
import { useRevokeInvitation } from '../api/mutations.ts';
import { useInvitations } from '../api/queries.ts';
import { FailureAlert } from '../FailureAlert.tsx';
import { problemDetail } from '../form-errors.ts';
import { formatDateTime } from '../MailText.tsx';
import { adminAccountsStrings as s } from './admin-accounts.strings.ts';

const STATUS_COLOURS: Record<InvitationStatus, string> = {
  pending: 'blue',
  accepted: 'green',
  revoked: 'gray',
  expired: 'orange',
};

function InvitationItem({
  invitation,
  onWithdraw,
  isBusy,
}: {
  invitation: Invitation;
  onWithdraw: () => void;
  isBusy: boolean;
}) {
  const when =
    invitation.status === 'accepted' && invitation.acceptedAt
      ? s.acceptedOn(formatDateTime(invitation.acceptedAt))
      : invitation.status === 'pending'
        ? s.expiresOn(formatDateTime(invitation.expiresAt))
        : undefined;
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {invitation.displayName}
            </Text>
            <Badge variant="light" color={STATUS_COLOURS[invitation.status]}>
              {s.statusLabels[invitation.status]}
            </Badge>
          </Group>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {invitation.email} · {roleLabels[invitation.role]}
          </Text>
          <Text size="xs" c="dimmed">
            {[s.sentOn(formatDateTime(invitation.createdAt)), when].filter(Boolean).join(', ')}
          </Text>
        </Stack>
        {invitation.status === 'pending' && (
          <Button
            variant="light"
            color="red"
            size="xs"
            onClick={onWithdraw}
            loading={isBusy}
            aria-label={s.withdrawLabel(invitation.email)}
          >
            {s.withdraw}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** The organisation's invitations, newest first, with "withdraw" on those still waiting. */
export function InvitationList({ organisationId }: { organisationId: string }) {
  const invitations = useInvitations(organisationId);
  const revoke = useRevokeInvitation(organisationId);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);

  const withdraw = (invitation: Invitation) => {
    setWithdrawn(null);
    revoke.mutate(invitation.id, { onSuccess: () => setWithdrawn(invitation.email) });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="invitations-heading">
      <Title order={2} fz="lg" mb="md" id="invitations-heading">
        {s.listHeading}
      </Title>
      <div aria-live="polite">
        {withdrawn && (
          <Group gap="xs" wrap="nowrap" mb="md">
            <IconCircleCheck size={20} aria-hidden color="var(--mantine-color-green-7)" />
            <Text size="sm">{s.withdrawn(withdrawn)}</Text>
          </Group>
        )}
      </div>
      {revoke.isError && (
        <Stack mb="md">
          <FailureAlert title={s.withdrawFailed}>{problemDetail(revoke.error)}</FailureAlert>
        </Stack>
      )}
      {invitations.isPending ? (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden />
          <Text c="dimmed">{s.listLoading}</Text>
        </Group>
      ) : invitations.isError ? (
        <Stack gap="sm" align="flex-start">
          <FailureAlert title={s.listFailed}>{problemDetail(invitations.error)}</FailureAlert>
          <Button variant="default" onClick={() => invitations.refetch()}>
            {s.retry}
          </Button>
        </Stack>
      ) : invitations.data.length === 0 ? (
        <Text c="dimmed">{s.listEmpty}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {invitations.data.map((invitation) => (
            <InvitationItem
              key={invitation.id}
              invitation={invitation}
              onWithdraw={() => withdraw(invitation)}
              isBusy={revoke.isPending && revoke.variables === invitation.id}
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
