import { Paper, Table, Text, Title } from '@mantine/core';
import type { ImportReport } from '@nexus/contracts';
import classes from '../records/display/Records.module.css';
import { ScrollTable } from '../records/display/ScrollTable.tsx';
import { DetailList } from '../shell/DetailList.tsx';
import { fhirImportStrings as s } from './fhir-import.strings.ts';

const countFormat = new Intl.NumberFormat('en-GB');

/** What an import created: how many resources of each type, and the patients it brought (by name). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const types = Object.entries(report.byType).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="import-report">
      <Title order={2} fz="lg" mb="md" id="import-report">
        {s.reportHeading}
      </Title>
      <DetailList
        items={[
          { label: s.resourcesLabel, value: countFormat.format(report.resources) },
          { label: s.durationLabel, value: s.duration((report.durationMs / 1000).toFixed(1)) },
        ]}
      />
      {types.length > 0 && (
        <div style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
          <ScrollTable caption={s.byTypeCaption} minWidth={320}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{s.typeColumn}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {s.countColumn}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {types.map(([type, count]) => (
                <Table.Tr key={type}>
                  <Table.Th scope="row" fw={500}>
                    {type}
                  </Table.Th>
                  <Table.Td ta="end">{countFormat.format(count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        </div>
      )}
      <Title order={3} fz="md" mt="lg" mb="xs">
        {s.patientsHeading}
      </Title>
      {report.patients.length === 0 ? (
        <Text c="dimmed">{s.patientsEmpty}</Text>
      ) : (
        <ul className={classes.list} aria-label={s.patientsLabel}>
          {report.patients.map((patient) => (
            <li key={patient.id} className={classes.item}>
              <Text>{patient.displayName}</Text>
            </li>
          ))}
        </ul>
      )}
    </Paper>
  );
}
