import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { Member } from '@nexus/contracts';
import { IconInfoCircle, IconUserCog } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError, isUnauthorized } from '../../api/api-error.ts';
import { roleLabels } from '../../portals/shared/portal.strings.ts';
import { usePortal } from '../../portals/shared/usePortal.ts';
import classes from '../access/Access.module.css';
import { ActionFeedback, type ActionOutcome } from '../shell/ActionFeedback.tsx';
import { ConfirmDialog } from '../shell/ConfirmDialog.tsx';
import { LoadFailedAlert } from '../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../shell/LoadingStatus.tsx';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useChangeRoles, useSetMemberStatus } from './api/mutations.ts';
import { useMembers } from './api/queries.ts';
import { MemberRolesDialog } from './MemberRolesDialog.tsx';
import { membersStrings as s } from './members.strings.ts';

const detailOf = (error: unknown) =>
  isApiError(error) && error.problem.detail ? error.problem.detail : s.errorFallback;

function MemberList({ organisationId }: { organisationId: string }) {
  const members = useMembers(organisationId);
  const changeRoles = useChangeRoles(organisationId);
  const setStatus = useSetMemberStatus(organisationId);
  const [editing, setEditing] = useState<Member | null>(null);
  const [rolesFailure, setRolesFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Member | null>(null);
  const [feedback, setFeedback] = useState<ActionOutcome | null>(null);

  if (members.isPending) {
    return <LoadingStatus label={s.loading} />;
  }
  if (members.isError && !members.data) {
    return (
      <LoadFailedAlert
        title={s.loadFailed}
        detail={detailOf(members.error)}
        retryLabel={s.retry}
        onRetry={() => void members.refetch()}
      />
    );
  }

  const toggleStatus = () => {
    if (!confirming) return;
    const member = confirming;
    const isDisabled = member.status === 'active';
    setFeedback(null);
    setStatus.mutate(
      { userId: member.userId, isDisabled },
      {
        onSuccess: () =>
          setFeedback({
            kind: 'success',
            message: isDisabled ? s.disabledDone(member.displayName) : s.enabledDone(member.displayName),
          }),
        onError: (error) => {
          if (!isUnauthorized(error))
            setFeedback({ kind: 'error', title: s.statusFailed, detail: detailOf(error) });
        },
        onSettled: () => setConfirming(null),
      },
    );
  };

  const list = members.data ?? [];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="members-list">
      <Title order={2} fz="lg" mb="md" id="members-list">
        {s.tableLabel}
      </Title>
      <ActionFeedback feedback={feedback} mb="md" />
      {list.length === 0 ? (
        <Text c="dimmed">{s.empty}</Text>
      ) : (
        <ul className={classes.list} aria-labelledby="members-list">
          {list.map((member) => (
            <li key={member.userId} className={classes.item}>
              <div className={classes.who}>
                <div className={classes.line}>
                  <Title order={3} fz="md">
                    {member.displayName}
                  </Title>
                  {member.isYou && (
                    <Badge variant="light" tt="none">
                      {s.you}
                    </Badge>
                  )}
                  <Badge
                    variant={member.status === 'active' ? 'light' : 'filled'}
                    color={member.status === 'active' ? 'teal' : 'red.9'}
                    tt="none"
                  >
                    {member.status === 'active' ? s.active : s.disabled}
                  </Badge>
                </div>
                <Text size="sm" c="dimmed" className={classes.code}>
                  {member.email}
                </Text>
                <Text size="sm">{member.roles.map((role) => roleLabels[role]).join(', ')}</Text>
              </div>
              <Group gap="xs">
                <Button
                  size="sm"
                  variant="default"
                  leftSection={<IconUserCog size={16} aria-hidden />}
                  aria-label={s.changeRolesLabel(member.displayName)}
                  onClick={() => {
                    setRolesFailure(null);
                    setEditing(member);
                  }}
                >
                  {s.changeRoles}
                </Button>
                {!member.isYou && (
                  <Button
                    size="sm"
                    variant="light"
                    color={member.status === 'active' ? 'red' : 'teal'}
                    aria-label={
                      member.status === 'active'
                        ? s.disableLabel(member.displayName)
                        : s.enableLabel(member.displayName)
                    }
                    onClick={() => setConfirming(member)}
                  >
                    {member.status === 'active' ? s.disable : s.enable}
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <MemberRolesDialog
          member={editing}
          isPending={changeRoles.isPending}
          failure={rolesFailure}
          onCancel={() => setEditing(null)}
          onSave={(roles) => {
            setRolesFailure(null);
            changeRoles.mutate(
              { userId: editing.userId, roles },
              {
                onSuccess: (member) => {
                  setFeedback({ kind: 'success', message: s.rolesSaved(member.displayName) });
                  setEditing(null);
                },
                onError: (error) => {
                  if (!isUnauthorized(error)) setRolesFailure(detailOf(error));
                },
              },
            );
          }}
        />
      )}
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming?.status === 'disabled' ? s.confirmEnableTitle : s.confirmDisableTitle}
        body={
          confirming?.status === 'disabled'
            ? s.confirmEnableBody(confirming.displayName)
            : s.confirmDisableBody(confirming?.displayName ?? '')
        }
        confirmLabel={confirming?.status === 'disabled' ? s.enable : s.disable}
        isPending={setStatus.isPending}
        onConfirm={toggleStatus}
        onCancel={() => setConfirming(null)}
      />
    </Paper>
  );
}

/** Organisation administrators manage their members: roles, and disabling or enabling accounts. */
export function MembersPage() {
  const { portal, memberships } = usePortal();
  const organisations = [
    ...new Map(
      memberships
        .filter((m) => m.role === 'org_admin' || m.role === 'platform_admin')
        .map((m) => [m.organisationId, m] as const),
    ).values(),
  ];
  const [chosen, setChosen] = useState<string | null>(organisations[0]?.organisationId ?? null);
  const organisationId = organisations.some((o) => o.organisationId === chosen)
    ? chosen
    : (organisations[0]?.organisationId ?? null);

  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal.title} title={s.title} description={s.intro} />
      {!organisationId ? (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} title={s.notAdminTitle}>
          {s.notAdminDetail}
        </Alert>
      ) : (
        <>
          {organisations.length > 1 && (
            <Select
              label={s.organisationLabel}
              data={organisations.map((o) => ({ value: o.organisationId, label: o.organisationName }))}
              value={organisationId}
              onChange={setChosen}
              allowDeselect={false}
              maw={420}
            />
          )}
          <MemberList key={organisationId} organisationId={organisationId} />
        </>
      )}
    </Stack>
  );
}
