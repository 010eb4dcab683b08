import '@mantine/charts/styles.css';
import { type ChartReferenceAreaProps, type ChartReferenceLineProps, LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { formatNumber, formatRecordDate, formatRecordDateTime } from '../record-format.ts';
import { seriesStrings as s } from './series.strings.ts';
import { chartRowsOf, describeMeasure, type Measure, seriesKey, seriesName } from './series-measures.ts';

/** Line colours that keep 3:1 against the chart's background in both schemes. */
const LINE_COLORS = ['nexus.6', 'orange.8'] as const;

const shortDate = (time: number) => formatRecordDate(new Date(time).toISOString());

/** The reference range of each series: a shaded band, or a line where only one limit is known. */
function referenceMarks(measure: Measure) {
  const areas: ChartReferenceAreaProps[] = [];
  const lines: ChartReferenceLineProps[] = [];
  const isPair = measure.series.length > 1;
  for (const series of measure.series) {
    const range = series.referenceRange;
    if (!range) continue;
    const prefix = isPair ? `${series.code.display}: ` : '';
    if (range.low !== null && range.high !== null) {
      areas.push({
        y1: range.low,
        y2: range.high,
        color: 'teal.6',
        fillOpacity: 0.12,
        ifOverflow: 'extendDomain',
        label: isPair ? undefined : s.referenceRange,
        labelPosition: 'insideTopLeft',
      });
    } else if (range.high !== null) {
      lines.push({
        y: range.high,
        color: 'orange.8',
        label: `${prefix}${s.upperLimit}`,
        ifOverflow: 'extendDomain',
      });
    } else if (range.low !== null) {
      lines.push({
        y: range.low,
        color: 'orange.8',
        label: `${prefix}${s.lowerLimit}`,
        ifOverflow: 'extendDomain',
      });
    }
  }
  return { areas, lines };
}

/**
 * A measure over time as a line chart on a time axis, with its reference range, and the same in words
 * beneath it (the caption) for screen readers and anyone who cannot read the chart.
 */
export function MeasureChart({ measure }: { measure: Measure }) {
  const rows = chartRowsOf(measure);
  const { areas, lines } = referenceMarks(measure);
  const unit = measure.series[0]?.unit ?? null;
  return (
    <figure style={{ margin: 0 }}>
      <LineChart
        h={260}
        data={rows}
        dataKey="time"
        series={measure.series.map((series, index) => ({
          name: seriesKey(index),
          label: seriesName(measure, series),
          color: LINE_COLORS[index % LINE_COLORS.length],
        }))}
        curveType="linear"
        connectNulls
        withLegend={measure.series.length > 1}
        referenceAreas={areas}
        referenceLines={lines}
        valueFormatter={formatNumber}
        yAxisLabel={unit ?? undefined}
        xAxisProps={{
          type: 'number',
          scale: 'time',
          domain: ['dataMin', 'dataMax'],
          tickFormatter: shortDate,
        }}
        yAxisProps={{ domain: ['auto', 'auto'] }}
        tooltipProps={{
          // recharts passes the x value of the hovered point, and sometimes the axis label instead.
          labelFormatter: (time) => {
            const at = Number(time);
            return Number.isFinite(at)
              ? formatRecordDateTime(new Date(at).toISOString())
              : String(time ?? '');
          },
        }}
        // The caption below says what the chart shows; recharts' keyboard layer would only repeat it.
        accessibilityLayer={false}
        aria-hidden
      />
      <Text component="figcaption" size="sm" mt="sm">
        {describeMeasure(measure)}
      </Text>
    </figure>
  );
}
