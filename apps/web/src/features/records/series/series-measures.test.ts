import { describe, expect, it } from 'vitest';
import {
  buildBloodPressureSeries,
  buildHeartRateSeries,
  buildSeries,
} from '../../../test/series-fixtures.ts';
import { chartRowsOf, describeMeasure, measuresOf, tableRowsOf } from './series-measures.ts';

describe('measures of a list of series', () => {
  it('reads systolic (LOINC 8480-6) and diastolic (LOINC 8462-4) pressure together as blood pressure', () => {
    const [systolic, diastolic] = buildBloodPressureSeries();
    if (!systolic || !diastolic) throw new Error('fixture');
    const measures = measuresOf([buildHeartRateSeries(), diastolic, systolic]);
    expect(measures.map((measure) => measure.label)).toEqual(['Heart rate', 'Blood pressure']);
    // Systolic first, whatever order the server sent them in.
    expect(measures[1]?.series.map((series) => series.code.code)).toEqual(['8480-6', '8462-4']);
  });

  it('keeps a lone systolic series as itself, and leaves out series without results', () => {
    const [systolic] = buildBloodPressureSeries();
    if (!systolic) throw new Error('fixture');
    const empty = buildSeries({ code: { system: null, code: null, display: 'Ferritin' }, points: [] });
    expect(measuresOf([systolic, empty]).map((measure) => measure.label)).toEqual([
      'Systolic blood pressure',
    ]);
  });
});

describe('a measure as chart rows, table rows and words', () => {
  const [bloodPressure] = measuresOf(buildBloodPressureSeries());
  if (!bloodPressure) throw new Error('fixture');

  it('puts systolic and diastolic taken together on one row, oldest first for the chart', () => {
    const rows = chartRowsOf(bloodPressure);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual({ time: Date.parse('2026-03-01T09:00:00.000Z'), s0: 132, s1: 84 });
    expect(rows.map((row) => row.time)).toEqual([...rows.map((row) => row.time)].sort((a, b) => a - b));
  });

  it('lists the table newest first, with each value and its flag', () => {
    const [newest] = tableRowsOf(bloodPressure);
    expect(newest).toEqual({
      effective: '2026-03-01T09:00:00.000Z',
      cells: [
        { value: 132, flag: 'high' },
        { value: 84, flag: 'high' },
      ],
    });
  });

  it('describes the chart in words: how many results over when, the latest with flags, the ranges', () => {
    expect(describeMeasure(bloodPressure)).toBe(
      'Blood pressure: 3 results from 1 Sept 2025 to 1 Mar 2026. ' +
        'Latest: systolic blood pressure 132 mmHg (high), diastolic blood pressure 84 mmHg (high) on 1 Mar 2026. ' +
        'Reference range for systolic blood pressure: 90–120 mmHg. Reference range for diastolic blood pressure: 60–80 mmHg.',
    );
    const [heartRate] = measuresOf([buildHeartRateSeries()]);
    if (!heartRate) throw new Error('fixture');
    expect(describeMeasure(heartRate)).toBe(
      'Heart rate: 1 result on 1 Mar 2026. Latest: 72 beats/min (normal) on 1 Mar 2026. Reference range: 60–100 beats/min.',
    );
  });
});
