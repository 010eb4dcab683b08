import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { PoorAdherenceList } from '@nexus/contracts';
import { Link } from 'react-router';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { patientChartPath } from '../../records/chart/patient-chart-entry.ts';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { ScrollTable } from '../../records/display/ScrollTable.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { usePoorAdherence } from '../api/queries.ts';
import { toPercent } from '../display/medication-format.ts';
import { QueryView } from '../display/QueryView.tsx';
import { PRESCRIPTIONS_TAB } from '../medications-entries.ts';
import { prescribingStrings as s } from './prescribing.strings.ts';

/** The usual threshold, until the server's answer says which one it used. */
const DEFAULT_THRESHOLD = 0.8;

function PatientsTable({ list }: { list: PoorAdherenceList }) {
  const { portal } = usePortal();
  const threshold = toPercent(list.thresholdProportion);
  if (list.patients.length === 0) return <Text c="dimmed">{s.adherenceEmpty(threshold)}</Text>;
  const patients = [...list.patients].sort((a, b) => a.proportionTaken - b.proportionTaken);
  return (
    <ScrollTable caption={s.adherenceCaption} minWidth={480}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{s.patientColumn}</Table.Th>
          <Table.Th scope="col">{s.takenColumn}</Table.Th>
          <Table.Th scope="col">{s.missedColumn}</Table.Th>
          <Table.Th scope="col">{s.dueColumn}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {patients.map((patient) => (
          <Table.Tr key={patient.patientId}>
            <Table.Th scope="row" fw={500}>
              <Anchor
                component={Link}
                to={`${patientChartPath(portal.path, patient.patientId)}?tab=${PRESCRIPTIONS_TAB}`}
                aria-label={s.openChartLabel(patient.patientName)}
                fw={600}
              >
                {patient.patientName}
              </Anchor>
            </Table.Th>
            <Table.Td>{s.percent(toPercent(patient.proportionTaken))}</Table.Td>
            <Table.Td>{patient.missed}</Table.Td>
            <Table.Td>{patient.scheduled}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** The clinician's patients who took fewer than 80% of their doses over 30 days, each linked to their chart. */
export function PoorAdherencePage() {
  const { portal } = usePortal();
  const list = usePoorAdherence();
  const threshold = toPercent(list.data?.thresholdProportion ?? DEFAULT_THRESHOLD);
  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal.title} title={s.adherenceTitle} description={s.adherenceIntro(threshold)} />
      <RecordSection title={s.listHeading}>
        <QueryView query={list} loadingLabel={s.adherenceLoading} failedTitle={s.adherenceLoadFailed}>
          {(patients) => <PatientsTable list={patients} />}
        </QueryView>
      </RecordSection>
    </Stack>
  );
}
