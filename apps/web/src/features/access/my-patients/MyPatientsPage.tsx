import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { BreakGlassGrant } from '@nexus/contracts';
import { IconCircleCheck, IconUrgent } from '@tabler/icons-react';
import { useState } from 'react';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import classes from '../Access.module.css';
import { accessStrings as s } from '../access.strings.ts';
import { formatDay, formatFull, formatWhen } from '../access-times.ts';
import { useMyPatients } from '../api/queries.ts';
import { detailOf } from '../problem-detail.ts';
import { AdmitPatientForm } from './AdmitPatientForm.tsx';
import { BreakGlassDialog } from './BreakGlassDialog.tsx';

/** Doctors' and nurses' "My patients": patients under their care, emergency access, admitting. */
export function MyPatientsPage() {
  const { portal, memberships } = usePortal();
  const patients = useMyPatients();
  const [isDialogOpen, setDialogOpen] = useState(false);
  const [opened, setOpened] = useState<BreakGlassGrant | null>(null);
  const actingFor = memberships.filter((m) => m.role === 'doctor' || m.role === 'nurse');

  const list = patients.data?.patients ?? [];
  const emergency = patients.data?.emergencyAccess ?? [];

  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal.title} title={s.myPatientsTitle} description={s.myPatientsIntro} />
      {actingFor.length > 0 && (
        <Group>
          <Button
            color="red.9"
            variant="outline"
            leftSection={<IconUrgent size={18} aria-hidden />}
            onClick={() => setDialogOpen(true)}
          >
            {s.breakGlassOpen}
          </Button>
        </Group>
      )}
      <div aria-live="polite">
        {opened && (
          <Group gap="xs" wrap="nowrap">
            <IconCircleCheck size={20} aria-hidden color="var(--mantine-color-teal-7)" />
            <Text size="sm">
              {s.breakGlassOpened(opened.patient.displayName, formatWhen(opened.expiresAt))}
            </Text>
          </Group>
        )}
      </div>

      <Paper withBorder p="lg" component="section" aria-labelledby="my-patients-list">
        <Title order={2} fz="lg" mb="md" id="my-patients-list">
          {s.patientsLabel}
        </Title>
        {patients.isPending ? (
          <LoadingStatus label={s.myPatientsLoading} />
        ) : patients.isError && !patients.data ? (
          <LoadFailedAlert
            title={s.myPatientsLoadFailed}
            detail={detailOf(patients.error)}
            retryLabel={s.retry}
            onRetry={() => void patients.refetch()}
          />
        ) : list.length === 0 ? (
          <Text c="dimmed">{s.myPatientsEmpty}</Text>
        ) : (
          <ul className={classes.list} aria-labelledby="my-patients-list">
            {list.map((entry) => (
              <li key={entry.patient.id} className={classes.item}>
                <div className={classes.who}>
                  <Title order={3} fz="md">
                    {entry.patient.displayName}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {[
                      ...entry.via.map((v) => s.via(v.source, v.organisationName)),
                      s.since(formatDay(entry.since)),
                    ].join(' · ')}
                  </Text>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Paper>

      {emergency.length > 0 && (
        <Paper withBorder p="lg" component="section" aria-labelledby="my-patients-emergency">
          <Title order={2} fz="lg" mb="md" id="my-patients-emergency">
            {s.emergencyListHeading}
          </Title>
          <ul className={classes.list} aria-label={s.emergencyListLabel}>
            {emergency.map((grant) => (
              <li key={grant.grantId} className={`${classes.item} ${classes.emergency}`}>
                <div className={classes.who}>
                  <Text fw={600}>{grant.patient.displayName}</Text>
                  <Text size="sm" c="dimmed">
                    {grant.organisationName} ·{' '}
                    <time dateTime={grant.expiresAt} title={formatFull(grant.expiresAt)}>
                      {s.emergencyExpires(formatWhen(grant.expiresAt))}
                    </time>
                  </Text>
                </div>
              </li>
            ))}
          </ul>
        </Paper>
      )}

      {actingFor.length > 0 && <AdmitPatientForm organisations={actingFor} />}

      <BreakGlassDialog
        opened={isDialogOpen}
        organisations={actingFor}
        onClose={() => setDialogOpen(false)}
        onOpened={setOpened}
      />
    </Stack>
  );
}
