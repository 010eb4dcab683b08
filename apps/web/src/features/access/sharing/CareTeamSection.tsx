import { Alert, Badge, Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { CareRelationship } from '@nexus/contracts';
import { IconAlertTriangle, IconUserMinus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { organisationKindLabels, roleLabels } from '../../../portals/shared/portal.strings.ts';
import { ActionFeedback, type ActionOutcome } from '../../shell/ActionFeedback.tsx';
import { ConfirmDialog } from '../../shell/ConfirmDialog.tsx';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import classes from '../Access.module.css';
import { accessStrings as s } from '../access.strings.ts';
import { formatDay, formatFull, formatWhen } from '../access-times.ts';
import { useRevokeAccess } from '../api/mutations.ts';
import { useCareTeam } from '../api/queries.ts';
import { detailOf } from '../problem-detail.ts';

/** The name a relationship goes by: the clinician's, or the admitting organisation's. */
export const nameOf = (relationship: CareRelationship): string =>
  relationship.clinician?.displayName ?? relationship.organisation?.name ?? '';

function describe(relationship: CareRelationship): string {
  if (relationship.clinician) {
    return relationship.clinician.roles
      .map((r) => `${roleLabels[r.role]}, ${r.organisationName}`)
      .join(' · ');
  }
  return relationship.organisation ? organisationKindLabels[relationship.organisation.kind] : '';
}

/** "Who can see your record": the care team with a way to end each access, and emergency access. */
export function CareTeamSection({ patientId }: { patientId: string }) {
  const team = useCareTeam(patientId);
  const revoke = useRevokeAccess(patientId);
  const [pending, setPending] = useState<CareRelationship | null>(null);
  const [feedback, setFeedback] = useState<ActionOutcome | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const confirm = () => {
    if (!pending) return;
    const name = nameOf(pending);
    setFeedback(null);
    revoke.mutate(pending.id, {
      onSuccess: () => setFeedback({ kind: 'success', message: s.revoked(name) }),
      onError: (error) => {
        if (!isUnauthorized(error))
          setFeedback({ kind: 'error', title: s.revokeFailed, detail: detailOf(error) });
      },
      onSettled: () => {
        setPending(null);
        headingRef.current?.focus();
      },
    });
  };

  const relationships = team.data?.relationships ?? [];
  const emergency = team.data?.emergencyAccess ?? [];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sharing-care-team">
      <Title order={2} fz="lg" mb="xs" id="sharing-care-team" ref={headingRef} tabIndex={-1}>
        {s.careTeamHeading}
      </Title>
      <Text mb="md">{s.careTeamIntro}</Text>
      <ActionFeedback feedback={feedback} mb="md" />

      {team.isPending ? (
        <LoadingStatus label={s.careTeamLoading} />
      ) : team.isError && !team.data ? (
        <LoadFailedAlert
          title={s.careTeamLoadFailed}
          detail={detailOf(team.error)}
          retryLabel={s.retry}
          onRetry={() => void team.refetch()}
        />
      ) : (
        <Stack gap="lg">
          {emergency.length > 0 && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={s.emergencyHeading}
              role="note"
            >
              <ul className={classes.list}>
                {emergency.map((grant) => (
                  <li key={grant.grantId} className={classes.item}>
                    <div className={classes.who}>
                      <Text fw={600}>
                        {s.emergencyItem(grant.clinician.displayName, grant.organisationName)}
                      </Text>
                      <Text size="sm">
                        {s.emergencyReason}: {grant.reason}
                      </Text>
                      <Text size="sm" c="dimmed">
                        <time dateTime={grant.expiresAt} title={formatFull(grant.expiresAt)}>
                          {s.emergencyUntil(formatWhen(grant.expiresAt))}
                        </time>
                      </Text>
                    </div>
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          {relationships.length === 0 ? (
            <Text c="dimmed">{s.careTeamEmpty}</Text>
          ) : (
            <ul className={classes.list} aria-labelledby="sharing-care-team">
              {relationships.map((relationship) => {
                const name = nameOf(relationship);
                return (
                  <li key={relationship.id} className={classes.item}>
                    <div className={classes.who}>
                      <div className={classes.line}>
                        <Title order={3} fz="md">
                          {name}
                        </Title>
                        <Badge
                          variant="light"
                          color={relationship.source === 'patient_grant' ? 'teal' : 'blue'}
                          tt="none"
                        >
                          {relationship.source === 'patient_grant' ? s.viaGrant : s.viaAdmission}
                        </Badge>
                      </div>
                      <Text size="sm" c="dimmed">
                        {[describe(relationship), s.since(formatDay(relationship.since))]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </div>
                    <Button
                      variant="light"
                      color="red"
                      size="sm"
                      leftSection={<IconUserMinus size={16} aria-hidden />}
                      aria-label={s.revokeLabel(name)}
                      onClick={() => setPending(relationship)}
                    >
                      {s.revoke}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
        </Stack>
      )}

      <ConfirmDialog
        opened={pending !== null}
        title={s.confirmRevokeTitle}
        body={s.confirmRevokeBody(pending ? nameOf(pending) : '')}
        confirmLabel={s.confirmRevoke}
        isPending={revoke.isPending}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
    </Paper>
  );
}
