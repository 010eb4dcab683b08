import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { AdherenceView } from '@nexus/contracts';
import { useId } from 'react';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { ScrollTable } from '../../records/display/ScrollTable.tsx';
import { useAdherence } from '../api/queries.ts';
import classes from '../display/Medications.module.css';
import { toPercent } from '../display/medication-format.ts';
import { QueryView } from '../display/QueryView.tsx';
import { medicationStrings as s } from '../medications.strings.ts';
import { AdherenceDaily } from './AdherenceChart.tsx';

type Window = AdherenceView['windows'][number];
type Summary = Window['overall'];

const proportionText = (summary: Summary) =>
  summary.proportionTaken === null ? s.noDosesYet : s.proportion(toPercent(summary.proportionTaken));

/** Doses that count as taken: on time or late. */
const takenOf = (summary: Summary) => summary.taken + summary.takenLate;
/** Doses the proportion is of: those due and settled; a dose still open is left out until it is. */
const settledOf = (summary: Summary) => summary.scheduled - summary.pending;

function WindowCard({ window }: { window: Window }) {
  const headingId = useId();
  const { overall } = window;
  const breakdown = s.windowBreakdown(overall.takenLate, overall.skipped, overall.missed);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} fz="sm" c="dimmed" id={headingId}>
        {s.windowHeading(window.days)}
      </Title>
      <Text className={classes.big} mt={4}>
        {proportionText(overall)}
      </Text>
      <Text size="sm">{s.windowDetail(takenOf(overall), settledOf(overall))}</Text>
      {breakdown && (
        <Text size="sm" c="dimmed">
          {breakdown}
        </Text>
      )}
    </Paper>
  );
}

function ByMedicine({ windows }: { windows: Window[] }) {
  const medicines = new Map<string, string>();
  for (const window of windows)
    for (const entry of window.byMedication) medicines.set(entry.medicationId, entry.medicine);
  if (medicines.size === 0) return null;
  return (
    <ScrollTable caption={s.byMedicineCaption} minWidth={480}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{s.medicineColumn}</Table.Th>
          {windows.map((window) => (
            <Table.Th key={window.days} scope="col">
              {s.daysColumn(window.days)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...medicines].map(([id, medicine]) => (
          <Table.Tr key={id}>
            <Table.Th scope="row" fw={500}>
              {medicine}
            </Table.Th>
            {windows.map((window) => {
              const entry = window.byMedication.find((candidate) => candidate.medicationId === id);
              return (
                <Table.Td key={window.days}>
                  {entry
                    ? s.medicineCell(proportionText(entry), takenOf(entry), settledOf(entry))
                    : s.notRecorded}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

function Adherence({ view, heading }: { view: AdherenceView; heading: string }) {
  const windows = [...view.windows].sort((a, b) => a.days - b.days);
  const refills = view.refills.filter((refill) => refill.isRefillDue);
  return (
    <Stack gap="lg">
      <RecordSection title={heading}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {windows.map((window) => (
              <WindowCard key={window.days} window={window} />
            ))}
          </SimpleGrid>
          <ByMedicine windows={windows} />
        </Stack>
      </RecordSection>
      <AdherenceDaily daily={view.daily} />
      {refills.length > 0 && (
        <RecordSection title={s.refillsHeading}>
          <Stack component="ul" gap="xs" m={0} pl="md">
            {refills.map((refill) => (
              <li key={refill.prescriptionId}>
                <Text size="sm">{s.refillDue(refill.medicine, Math.floor(refill.daysOfSupply))}</Text>
              </li>
            ))}
          </Stack>
        </RecordSection>
      )}
    </Stack>
  );
}

/** The share of doses taken over 7, 30 and 90 days, per medicine and day by day, and supplies running low. */
export function AdherencePanel({
  patientId,
  heading = s.adherenceHeading,
}: {
  patientId: string;
  heading?: string;
}) {
  const adherence = useAdherence(patientId);
  return (
    <QueryView query={adherence} loadingLabel={s.adherenceLoading} failedTitle={s.adherenceLoadFailed}>
      {(view) => <Adherence view={view} heading={heading} />}
    </QueryView>
  );
}
