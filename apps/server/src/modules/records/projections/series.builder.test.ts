import type { Observation } from '@medplum/fhirtypes';
import { ObservationSeries } from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import { ADULT_MAN, bloodPressure, quantityObservation } from './fhir-fixtures.test-helpers.ts';
import { buildSeries, trendOf } from './series.builder.ts';

const glucose = (id: string, value: number, unit: string, effective: string) =>
  quantityObservation({ id, code: '2345-7', display: 'Glucose', value, unit, effective });
const weight = (id: string, valueKg: number, effective: string) =>
  quantityObservation({
    id,
    code: '29463-7',
    display: 'Body weight',
    value: valueKg,
    unit: 'kg',
    effective,
    category: 'vital-signs',
  });

describe('series of vital signs', () => {
  const observations: Observation[] = [
    bloodPressure('bp3', 131, 84, '2024-03-01T09:00:00Z'),
    bloodPressure('bp1', 142, 91, '2024-01-01T09:00:00Z'),
    bloodPressure('bp2', 136, 88, '2024-02-01T09:00:00Z'),
    weight('w1', 80, '2024-01-01T09:00:00Z'),
    glucose('g', 90, 'mg/dL', '2024-01-01T09:00:00Z'),
  ];
  const series = buildSeries({ observations, category: 'vital-signs', ctx: ADULT_MAN });

  it('splits blood pressure into a systolic and a diastolic series, oldest first', () => {
    for (const s of series) expect(ObservationSeries.parse(s)).toEqual(s);
    expect(series.map((s) => s.code.code)).toEqual(['8480-6', '8462-4', '29463-7']);
    const [systolic, diastolic] = series;
    expect(systolic?.points.map((p) => [p.observationId, p.value])).toEqual([
      ['bp1', 142],
      ['bp2', 136],
      ['bp3', 131],
    ]);
    expect(diastolic?.points.map((p) => p.value)).toEqual([91, 88, 84]);
    expect(systolic?.unit).toBe('mmHg');
    // ESH 2023: 142 systolic is hypertension, 131 is not.
    expect(systolic?.points.map((p) => p.flag)).toEqual(['high', 'normal', 'normal']);
  });

  it('leaves out observations of the other category', () => {
    expect(series.some((s) => s.code.code === '2345-7')).toBe(false);
  });
});

describe('series of laboratory results', () => {
  it('converts results in an alternate unit to the canonical one (5.0 mmol/L glucose is 90.08 mg/dL)', () => {
    const [s] = buildSeries({
      observations: [
        glucose('g1', 95, 'mg/dL', '2024-01-01T09:00:00Z'),
        glucose('g2', 5.0, 'mmol/L', '2024-02-01T09:00:00Z'),
      ],
      category: 'laboratory',
      ctx: ADULT_MAN,
    });
    expect(s?.unit).toBe('mg/dL');
    expect(s?.points[1]?.value).toBeCloseTo(90.08, 2);
    expect(s?.referenceRange).toMatchObject({ low: 70, high: 99, unit: 'mg/dL' });
  });

  it('plots only plain numbers: no comparators, no values in a unit it cannot convert', () => {
    const below = glucose('g-below', 20, 'mg/dL', '2024-01-01T09:00:00Z');
    below.valueQuantity = { ...below.valueQuantity, comparator: '<' };
    const [s] = buildSeries({
      observations: [
        below,
        glucose('g-odd', 1, 'g/L', '2024-02-01T09:00:00Z'),
        glucose('g-ok', 88, 'mg/dL', '2024-03-01T09:00:00Z'),
      ],
      category: 'laboratory',
      ctx: ADULT_MAN,
    });
    expect(s?.points.map((p) => p.observationId)).toEqual(['g-ok']);
    expect(s?.trend).toBeNull();
  });
});

describe('trend from the last two points', () => {
  const points = (a: number, b: number) => [
    { observationId: 'a', effective: '2024-01-01T00:00:00Z', value: a, flag: null },
    { observationId: 'b', effective: '2024-02-01T00:00:00Z', value: b, flag: null },
  ];
  const glucoseRange = { low: 70, high: 99, unit: 'mg/dL', text: '70–99 mg/dL' };

  it('compares the change with 5 % of the range width (29 mg/dL → 1.45)', () => {
    expect(trendOf(points(90, 92), glucoseRange)).toBe('rising');
    expect(trendOf(points(92, 90), glucoseRange)).toBe('falling');
    expect(trendOf(points(90, 91), glucoseRange)).toBe('steady');
  });

  it('compares with 5 % of the previous value when there is no two-sided range (80 kg → 4 kg)', () => {
    expect(trendOf(points(80, 83), null)).toBe('steady');
    expect(trendOf(points(80, 85), null)).toBe('rising');
    expect(trendOf(points(80, 75), { low: null, high: 120, unit: 'kg', text: '≤ 120 kg' })).toBe('falling');
  });

  it('has no trend with one point', () => {
    expect(trendOf(points(1, 2).slice(0, 1), null)).toBeNull();
  });

  it('is computed on the series itself', () => {
    const [s] = buildSeries({
      observations: [weight('w1', 80, '2024-01-01T09:00:00Z'), weight('w2', 85, '2024-02-01T09:00:00Z')],
      category: 'vital-signs',
      ctx: ADULT_MAN,
    });
    expect(s?.trend).toBe('rising');
  });
});
