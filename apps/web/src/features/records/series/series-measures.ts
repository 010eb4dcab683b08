import type { ObservationSeries, ResultFlag } from '@nexus/contracts';
import { formatRecordDate, withUnit } from '../record-format.ts';
import { recordsStrings } from '../records.strings.ts';
import { seriesStrings as s } from './series.strings.ts';

/** LOINC codes of the two blood pressure numbers, which are read (and charted) together. */
export const SYSTOLIC_LOINC = '8480-6';
export const DIASTOLIC_LOINC = '8462-4';
const BLOOD_PRESSURE_ID = 'blood-pressure';

/** What a person picks to look at: one series, or systolic and diastolic together as blood pressure. */
export type Measure = {
  id: string;
  label: string;
  series: readonly ObservationSeries[];
};

const seriesId = (series: ObservationSeries) =>
  `${series.code.system ?? ''}|${series.code.code ?? series.code.display}`;

/** The measures in a list of series, in its order; series without results are left out. */
export function measuresOf(list: readonly ObservationSeries[]): Measure[] {
  const withPoints = list.filter((series) => series.points.length > 0);
  const systolic = withPoints.find((series) => series.code.code === SYSTOLIC_LOINC);
  const diastolic = withPoints.find((series) => series.code.code === DIASTOLIC_LOINC);
  const measures: Measure[] = [];
  for (const series of withPoints) {
    if (systolic && diastolic && (series === systolic || series === diastolic)) {
      // The pair becomes one measure, where the first of the two appears in the list.
      if (!measures.some((measure) => measure.id === BLOOD_PRESSURE_ID))
        measures.push({ id: BLOOD_PRESSURE_ID, label: s.bloodPressure, series: [systolic, diastolic] });
      continue;
    }
    measures.push({ id: seriesId(series), label: series.code.display, series: [series] });
  }
  return measures;
}

/** The key of the n-th series in a chart row (series names become CSS variables, so no free text). */
export const seriesKey = (index: number) => `s${index}`;

export type ChartRow = { time: number } & Record<string, number>;

/** One row per moment a result was taken, oldest first, with each series' value at that moment. */
export function chartRowsOf(measure: Measure): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  measure.series.forEach((series, index) => {
    for (const point of series.points) {
      const time = Date.parse(point.effective);
      if (Number.isNaN(time)) continue;
      const row = rows.get(time) ?? { time };
      row[seriesKey(index)] = point.value;
      rows.set(time, row);
    }
  });
  return [...rows.values()].sort((a, b) => a.time - b.time);
}

export type TableRow = {
  effective: string;
  /** One cell per series of the measure; null where that series has no result at this moment. */
  cells: Array<{ value: number; flag: ResultFlag | null } | null>;
};

/** Every result, newest first, one row per moment (systolic and diastolic side by side). */
export function tableRowsOf(measure: Measure): TableRow[] {
  const rows = new Map<string, TableRow>();
  measure.series.forEach((series, index) => {
    for (const point of series.points) {
      const row = rows.get(point.effective) ?? {
        effective: point.effective,
        cells: measure.series.map(() => null),
      };
      row.cells[index] = { value: point.value, flag: point.flag };
      rows.set(point.effective, row);
    }
  });
  return [...rows.values()].sort((a, b) => Date.parse(b.effective) - Date.parse(a.effective));
}

/** The name of a series within its measure: "Systolic blood pressure", or the measure's own name. */
export const seriesName = (measure: Measure, series: ObservationSeries) =>
  measure.series.length > 1 ? series.code.display : measure.label;

/**
 * The chart in words, for everyone who cannot see it: how many results over what time, the latest
 * values with their flags, and the reference range.
 */
export function describeMeasure(measure: Measure): string {
  const rows = tableRowsOf(measure);
  const newest = rows[0];
  const oldest = rows.at(-1);
  if (!newest || !oldest) return '';
  const span =
    rows.length === 1
      ? s.on(formatRecordDate(newest.effective))
      : s.between(formatRecordDate(oldest.effective), formatRecordDate(newest.effective));
  const latest = measure.series
    .map((series) => {
      const point = series.points.at(-1);
      if (!point) return null;
      const flag = point.flag ? ` (${recordsStrings.flags[point.flag].toLowerCase()})` : '';
      const name = measure.series.length > 1 ? `${series.code.display.toLowerCase()} ` : '';
      return `${name}${withUnit(point.value, series.unit)}${flag}`;
    })
    .filter((part) => part !== null)
    .join(', ');
  const ranges = measure.series
    .filter((series) => series.referenceRange?.text)
    .map((series) =>
      s.rangeIs(measure.series.length > 1 ? series.code.display : null, series.referenceRange?.text ?? ''),
    );
  const latestAt = formatRecordDate(newest.effective);
  return [
    `${measure.label}: ${s.resultCount(rows.length)} ${span}.`,
    `${s.latest(latest)} ${s.on(latestAt)}.`,
    ranges.length > 0 ? ranges.join(' ') : s.noRangeKnown,
  ].join(' ');
}
