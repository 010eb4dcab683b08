import type { ObservationSeries, SeriesPoint } from '@nexus/contracts';
import { LOINC } from './record-fixtures.ts';

/** Results over time (vitals and labs series), oldest point first as the server sends them. */
const point = (effective: string, value: number, flag: SeriesPoint['flag'] = null): SeriesPoint => ({
  observationId: `obs-${effective}-${value}`,
  effective,
  value,
  flag,
});

export function buildSeries(overrides: Partial<ObservationSeries> = {}): ObservationSeries {
  return {
    code: { system: LOINC, code: '4548-4', display: 'HbA1c' },
    category: 'laboratory',
    unit: '%',
    referenceRange: { low: 4, high: 5.6, unit: '%', text: '4.0–5.6 %' },
    trend: 'falling',
    points: [point('2025-08-12T08:00:00.000Z', 7.9, 'high'), point('2026-02-10T08:00:00.000Z', 7.2, 'high')],
    ...overrides,
  };
}

/** Systolic and diastolic pressure over three visits; the newest 132/84 mmHg. */
export const buildBloodPressureSeries = (): ObservationSeries[] => [
  buildSeries({
    code: { system: LOINC, code: '8480-6', display: 'Systolic blood pressure' },
    category: 'vital-signs',
    unit: 'mmHg',
    referenceRange: { low: 90, high: 120, unit: 'mmHg', text: '90–120 mmHg' },
    trend: 'rising',
    points: [
      point('2025-09-01T09:00:00.000Z', 118, 'normal'),
      point('2025-12-01T09:00:00.000Z', 126, 'high'),
      point('2026-03-01T09:00:00.000Z', 132, 'high'),
    ],
  }),
  buildSeries({
    code: { system: LOINC, code: '8462-4', display: 'Diastolic blood pressure' },
    category: 'vital-signs',
    unit: 'mmHg',
    referenceRange: { low: 60, high: 80, unit: 'mmHg', text: '60–80 mmHg' },
    trend: 'steady',
    points: [
      point('2025-09-01T09:00:00.000Z', 76, 'normal'),
      point('2025-12-01T09:00:00.000Z', 80, 'normal'),
      point('2026-03-01T09:00:00.000Z', 84, 'high'),
    ],
  }),
];

export const buildHeartRateSeries = (): ObservationSeries =>
  buildSeries({
    code: { system: LOINC, code: '8867-4', display: 'Heart rate' },
    category: 'vital-signs',
    unit: 'beats/min',
    referenceRange: { low: 60, high: 100, unit: 'beats/min', text: '60–100 beats/min' },
    trend: 'steady',
    points: [point('2026-03-01T09:00:00.000Z', 72, 'normal')],
  });
