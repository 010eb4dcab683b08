import { Anchor, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { accessStrings } from '../../access/access.strings.ts';
import { ActionFeedback, type ActionOutcome } from '../../shell/ActionFeedback.tsx';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { NotFoundContent } from '../../shell/NotFoundPage.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { recordKeys } from '../api/keys.ts';
import { useRecordSummary } from '../api/queries.ts';
import { detailOf, isForbidden, isNotFound } from '../problem-detail.ts';
import { formatRecordDateTime } from '../record-format.ts';
import { recordsStrings } from '../records.strings.ts';
import { ChartAccessDenied } from './ChartAccessDenied.tsx';
import { ChartActions } from './ChartActions.tsx';
import { ChartHeader } from './ChartHeader.tsx';
import { ChartTabs } from './ChartTabs.tsx';
import { chartStrings as s } from './chart.strings.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function Chart({ patientId }: { patientId: string }) {
  const { portal, memberships } = usePortal();
  const queryClient = useQueryClient();
  const summary = useRecordSummary(patientId);
  const [emergency, setEmergency] = useState<ActionOutcome | null>(null);
  const patientsPath = `${portal.path}/patients`;
  const clinicalMemberships = memberships.filter((m) => m.role === 'doctor' || m.role === 'nurse');
  const isDoctor = memberships.some((m) => m.role === 'doctor');

  const back = (
    <Anchor component={Link} to={patientsPath} size="sm">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {s.backToPatients}
    </Anchor>
  );

  if (summary.data) {
    const { patient, allergies } = summary.data;
    return (
      <Stack gap="lg">
        {back}
        <ActionFeedback feedback={emergency} />
        <ChartHeader patient={patient} allergies={allergies} eyebrow={portal.title} />
        <ChartActions patientId={patientId} canDiagnose={isDoctor} canRecordLabs={isDoctor} />
        <ChartTabs patientId={patientId} summary={summary.data} />
      </Stack>
    );
  }
  if (summary.isError && isForbidden(summary.error)) {
    return (
      <ChartAccessDenied
        patientId={patientId}
        patientsPath={patientsPath}
        organisations={clinicalMemberships}
        onEmergencyAccess={(grant) => {
          setEmergency({
            kind: 'success',
            message: accessStrings.breakGlassOpened(
              grant.patient.displayName,
              formatRecordDateTime(grant.expiresAt),
            ),
          });
          void queryClient.invalidateQueries({ queryKey: recordKeys.patient(patientId) });
        }}
      />
    );
  }
  if (summary.isError && isNotFound(summary.error)) {
    return <PageHeader eyebrow={portal.title} title={s.notFoundTitle} description={s.notFoundDetail} />;
  }
  return (
    <Stack gap="lg">
      {back}
      {summary.isError ? (
        <>
          <PageHeader eyebrow={portal.title} title={s.loadFailed} />
          <LoadFailedAlert
            title={s.loadFailed}
            detail={detailOf(summary.error)}
            retryLabel={recordsStrings.retry}
            onRetry={() => void summary.refetch()}
          />
        </>
      ) : (
        <LoadingStatus label={s.loading} />
      )}
    </Stack>
  );
}

/** A patient's chart for doctors and nurses: who they are, their allergies, the record in tabs, and writing to it. */
export function PatientChartPage() {
  const { portal } = usePortal();
  const { patientId = '' } = useParams();
  if (!UUID.test(patientId)) return <NotFoundContent homePath={`${portal.path}/patients`} />;
  // Keyed by patient: moving from one chart to another starts afresh (tabs, dialogs, feedback).
  return <Chart key={patientId} patientId={patientId} />;
}
