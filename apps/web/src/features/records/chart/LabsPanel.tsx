import { Button, Table, Text } from '@mantine/core';
import type { ObservationSeries } from '@nexus/contracts';
import {
  IconArrowRight,
  IconChevronDown,
  IconChevronUp,
  IconTrendingDown,
  IconTrendingUp,
} from '@tabler/icons-react';
import { Fragment, useId, useState } from 'react';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useLabSeries } from '../api/queries.ts';
import { FlagBadge } from '../display/FlagBadge.tsx';
import { RecordSection } from '../display/RecordSection.tsx';
import { ScrollTable } from '../display/ScrollTable.tsx';
import { detailOf } from '../problem-detail.ts';
import { formatRange, formatRecordDateTime, withUnit } from '../record-format.ts';
import { recordsStrings } from '../records.strings.ts';
import { MeasureTable } from '../series/MeasureTable.tsx';
import { seriesStrings } from '../series/series.strings.ts';
import classes from './Chart.module.css';
import { chartStrings as s } from './chart.strings.ts';

const COLUMNS = 7;

/** Which way a test is going, as an arrow and a word (the arrow alone would mean nothing to some). */
function Trend({ trend }: { trend: ObservationSeries['trend'] }) {
  if (!trend)
    return (
      <Text size="sm" c="dimmed">
        {recordsStrings.noTrend}
      </Text>
    );
  const Icon = trend === 'rising' ? IconTrendingUp : trend === 'falling' ? IconTrendingDown : IconArrowRight;
  return (
    <span className={classes.trend}>
      <Icon size={18} stroke={1.8} aria-hidden />
      {recordsStrings.trends[trend]}
    </span>
  );
}

function LabRow({ series }: { series: ObservationSeries }) {
  const [isOpen, setOpen] = useState(false);
  const historyId = useId();
  const latest = series.points.at(-1);
  const name = series.code.display;
  return (
    <Fragment>
      <Table.Tr>
        <Table.Th scope="row" fw={500}>
          {name}
        </Table.Th>
        <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
          {latest ? withUnit(latest.value, series.unit) : recordsStrings.noValue}
        </Table.Td>
        <Table.Td>
          <FlagBadge flag={latest?.flag ?? null} />
        </Table.Td>
        <Table.Td>{formatRange(series.referenceRange)}</Table.Td>
        <Table.Td>
          <Trend trend={series.trend} />
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          {latest && <time dateTime={latest.effective}>{formatRecordDateTime(latest.effective)}</time>}
        </Table.Td>
        <Table.Td>
          <Button
            size="xs"
            variant="default"
            aria-expanded={isOpen}
            aria-controls={historyId}
            aria-label={s.showHistoryLabel(name)}
            rightSection={
              isOpen ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
            }
            onClick={() => setOpen((open) => !open)}
          >
            {s.showHistory}
          </Button>
        </Table.Td>
      </Table.Tr>
      <Table.Tr id={historyId} hidden={!isOpen}>
        {isOpen && (
          <Table.Td colSpan={COLUMNS} className={classes.historyCell}>
            <MeasureTable measure={{ id: name, label: name, series: [series] }} />
          </Table.Td>
        )}
      </Table.Tr>
    </Fragment>
  );
}

/** The Labs tab: each test with its latest value, flag, range and trend; its history on demand. */
export function LabsPanel({ patientId }: { patientId: string }) {
  const labs = useLabSeries(patientId);
  const list = (labs.data ?? []).filter((series) => series.points.length > 0);
  return (
    <RecordSection title={s.labsHeading}>
      {labs.isPending ? (
        <LoadingStatus label={seriesStrings.loading} />
      ) : labs.isError && !labs.data ? (
        <LoadFailedAlert
          title={seriesStrings.loadFailed}
          detail={detailOf(labs.error)}
          retryLabel={recordsStrings.retry}
          onRetry={() => void labs.refetch()}
        />
      ) : list.length === 0 ? (
        <Text c="dimmed">{recordsStrings.labsEmpty}</Text>
      ) : (
        <ScrollTable caption={s.labsCaption} minWidth={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{recordsStrings.testColumn}</Table.Th>
              <Table.Th scope="col">{s.latestColumn}</Table.Th>
              <Table.Th scope="col">{recordsStrings.flagColumn}</Table.Th>
              <Table.Th scope="col">{recordsStrings.rangeColumn}</Table.Th>
              <Table.Th scope="col">{s.trendColumn}</Table.Th>
              <Table.Th scope="col">{recordsStrings.dateColumn}</Table.Th>
              <Table.Th scope="col">{s.historyColumn}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((series) => (
              <LabRow
                key={`${series.code.system ?? ''}|${series.code.code ?? series.code.display}`}
                series={series}
              />
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </RecordSection>
  );
}
