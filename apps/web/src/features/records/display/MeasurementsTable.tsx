import { Table, Text } from '@mantine/core';
import type { Measurement } from '@nexus/contracts';
import { formatMeasuredValue, formatRange, formatRecordDateTime } from '../record-format.ts';
import { recordsStrings as s } from '../records.strings.ts';
import { FlagBadge } from './FlagBadge.tsx';
import { ScrollTable } from './ScrollTable.tsx';

type MeasurementsTableProps = {
  measurements: readonly Measurement[];
  caption: string;
  /** The first column's heading: "Measure" for vitals, "Test" for labs. */
  nameColumn: string;
  emptyText: string;
  /** Lab results show their reference range; vitals rarely have one. */
  hasRangeColumn?: boolean;
};

/** The latest value of each measure: value with unit, flag in words, range and date. */
export function MeasurementsTable({
  measurements,
  caption,
  nameColumn,
  emptyText,
  hasRangeColumn = false,
}: MeasurementsTableProps) {
  if (measurements.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <ScrollTable caption={caption} minWidth={hasRangeColumn ? 600 : 480}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{nameColumn}</Table.Th>
          <Table.Th scope="col">{s.valueColumn}</Table.Th>
          <Table.Th scope="col">{s.flagColumn}</Table.Th>
          {hasRangeColumn && <Table.Th scope="col">{s.rangeColumn}</Table.Th>}
          <Table.Th scope="col">{s.dateColumn}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {measurements.map((measurement) => (
          <Table.Tr key={measurement.id}>
            <Table.Th scope="row" fw={500}>
              {measurement.code.display}
            </Table.Th>
            <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
              {formatMeasuredValue(measurement.value)}
            </Table.Td>
            <Table.Td>
              <FlagBadge flag={measurement.flag} />
            </Table.Td>
            {hasRangeColumn && <Table.Td>{formatRange(measurement.referenceRange)}</Table.Td>}
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {measurement.effective ? (
                <time dateTime={measurement.effective}>{formatRecordDateTime(measurement.effective)}</time>
              ) : (
                ''
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
