import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { SegmentedControl, Table, Text } from '@mantine/core';
import type { AdherenceView } from '@nexus/contracts';
import { useState } from 'react';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { ScrollTable } from '../../records/display/ScrollTable.tsx';
import { formatRecordDate } from '../../records/record-format.ts';
import { medicationStrings as s } from '../medications.strings.ts';

type Day = AdherenceView['daily'][number];

/** How many days the chart shows: a month reads well at phone width too. */
const CHART_DAYS = 30;

const shortDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayLabel = (localDate: string) => shortDay.format(new Date(`${localDate}T00:00:00Z`));

function DailyChart({ days }: { days: Day[] }) {
  const taken = days.reduce((sum, day) => sum + day.taken, 0);
  const missed = days.reduce((sum, day) => sum + day.missed, 0);
  return (
    <figure style={{ margin: 0 }}>
      <BarChart
        h={240}
        data={days.map((day) => ({ day: dayLabel(day.localDate), taken: day.taken, missed: day.missed }))}
        dataKey="day"
        type="stacked"
        series={[
          { name: 'taken', label: s.takenSeries, color: 'teal.7' },
          { name: 'missed', label: s.missedSeries, color: 'orange.8' },
        ]}
        withLegend
        tickLine="y"
        yAxisProps={{ allowDecimals: false }}
        // The caption says what the chart shows, and the table holds every value.
        accessibilityLayer={false}
        aria-hidden
      />
      <Text component="figcaption" size="sm" mt="sm">
        {s.dailySummary(days.length, taken, missed)}
      </Text>
    </figure>
  );
}

function DailyTable({ days }: { days: Day[] }) {
  return (
    <ScrollTable caption={s.dailyCaption} minWidth={360}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{s.dateColumn}</Table.Th>
          <Table.Th scope="col">{s.scheduledColumn}</Table.Th>
          <Table.Th scope="col">{s.takenColumn}</Table.Th>
          <Table.Th scope="col">{s.missedColumn}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...days].reverse().map((day) => (
          <Table.Tr key={day.localDate}>
            <Table.Th scope="row" fw={500}>
              <time dateTime={day.localDate}>{formatRecordDate(day.localDate)}</time>
            </Table.Th>
            <Table.Td>{day.scheduled}</Table.Td>
            <Table.Td>{day.taken}</Table.Td>
            <Table.Td>{day.missed}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** Doses taken and missed day by day, as a bar chart or, at the reader's choice, as a table. */
export function AdherenceDaily({ daily }: { daily: AdherenceView['daily'] }) {
  const [view, setView] = useState('chart');
  const days = [...daily].sort((a, b) => a.localDate.localeCompare(b.localDate)).slice(-CHART_DAYS);
  return (
    <RecordSection
      title={s.dailyHeading}
      actions={
        days.length > 0 && (
          <SegmentedControl
            aria-label={s.dailyViewLabel}
            size="xs"
            value={view}
            onChange={setView}
            data={[
              { value: 'chart', label: s.chartView },
              { value: 'table', label: s.tableView },
            ]}
          />
        )
      }
    >
      {days.length === 0 ? (
        <Text c="dimmed">{s.dailyEmpty}</Text>
      ) : view === 'table' ? (
        <DailyTable days={days} />
      ) : (
        <DailyChart days={days} />
      )}
    </RecordSection>
  );
}
