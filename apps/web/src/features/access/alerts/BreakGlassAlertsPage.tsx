import { Alert, Badge, Paper, Select, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import classes from '../Access.module.css';
import { accessStrings as s } from '../access.strings.ts';
import { formatFull, formatWhen } from '../access-times.ts';
import { useBreakGlassAlerts } from '../api/queries.ts';
import { detailOf } from '../problem-detail.ts';

function AlertList({ organisationId }: { organisationId: string }) {
  const alerts = useBreakGlassAlerts(organisationId);
  if (alerts.isPending) {
    return <LoadingStatus label={s.alertsLoading} />;
  }
  if (alerts.isError && !alerts.data) {
    return (
      <LoadFailedAlert
        title={s.alertsLoadFailed}
        detail={detailOf(alerts.error)}
        retryLabel={s.retry}
        onRetry={() => void alerts.refetch()}
      />
    );
  }
  const list = alerts.data ?? [];
  if (list.length === 0) return <Text c="dimmed">{s.alertsEmpty}</Text>;
  return (
    <Paper withBorder p="lg">
      <ul className={classes.list} aria-label={s.alertsLabel}>
        {list.map((alert) => (
          <li key={alert.grantId} className={`${classes.item} ${alert.isActive ? classes.emergency : ''}`}>
            <div className={classes.who}>
              <div className={classes.line}>
                <Text fw={600} component="span">
                  {s.alertWho(alert.clinician.displayName, alert.patient.displayName)}
                </Text>
                <Badge
                  variant={alert.isActive ? 'filled' : 'light'}
                  color={alert.isActive ? 'red.9' : 'gray'}
                  tt="none"
                >
                  {alert.isActive ? s.alertActive : s.alertEnded}
                </Badge>
              </div>
              <Text size="sm">
                {s.emergencyReason}: {alert.reason}
              </Text>
              <Text size="sm" c="dimmed">
                <time dateTime={alert.openedAt} title={formatFull(alert.openedAt)}>
                  {formatWhen(alert.openedAt)}
                </time>
              </Text>
            </div>
          </li>
        ))}
      </ul>
    </Paper>
  );
}

/** Organisation administrators review their clinicians' emergency accesses. */
export function BreakGlassAlertsPage() {
  const { portal, memberships } = usePortal();
  const organisations = memberships.filter((m) => m.role === 'org_admin');
  const [chosen, setChosen] = useState<string | null>(organisations[0]?.organisationId ?? null);
  const organisationId = organisations.some((o) => o.organisationId === chosen)
    ? chosen
    : (organisations[0]?.organisationId ?? null);
  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal.title} title={s.alertsTitle} description={s.alertsIntro} />
      {!organisationId ? (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} title={s.notOrgAdminTitle}>
          {s.notOrgAdminDetail}
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
          <AlertList key={organisationId} organisationId={organisationId} />
        </>
      )}
    </Stack>
  );
}
