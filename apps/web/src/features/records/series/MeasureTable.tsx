import { Table } from '@mantine/core';
import { FlagBadge } from '../display/FlagBadge.tsx';
import { ScrollTable } from '../display/ScrollTable.tsx';
import { formatRecordDateTime, withUnit } from '../record-format.ts';
import { recordsStrings } from '../records.strings.ts';
import { seriesStrings as s } from './series.strings.ts';
import { type Measure, seriesName, tableRowsOf } from './series-measures.ts';

/** Every result of a measure, newest first: the chart's data as a table. */
export function MeasureTable({ measure }: { measure: Measure }) {
  const rows = tableRowsOf(measure);
  const isPair = measure.series.length > 1;
  return (
    <ScrollTable caption={s.tableCaption(measure.label)} minWidth={isPair ? 520 : 360}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{recordsStrings.dateColumn}</Table.Th>
          {measure.series.map((series) => (
            <Table.Th key={`value-${series.code.display}`} scope="col">
              {isPair ? seriesName(measure, series) : recordsStrings.resultColumn}
            </Table.Th>
          ))}
          {measure.series.map((series) => (
            <Table.Th key={`flag-${series.code.display}`} scope="col">
              {isPair ? `${recordsStrings.flagColumn}: ${series.code.display}` : recordsStrings.flagColumn}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.effective}>
            <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
              <time dateTime={row.effective}>{formatRecordDateTime(row.effective)}</time>
            </Table.Th>
            {row.cells.map((cell, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells are the measure's series, in fixed order.
              <Table.Td key={`value-${index}`} fw={600} style={{ whiteSpace: 'nowrap' }}>
                {cell ? withUnit(cell.value, measure.series[index]?.unit ?? null) : ''}
              </Table.Td>
            ))}
            {row.cells.map((cell, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells are the measure's series, in fixed order.
              <Table.Td key={`flag-${index}`}>{cell ? <FlagBadge flag={cell.flag} /> : ''}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
