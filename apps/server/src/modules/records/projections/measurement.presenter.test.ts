import { Measurement } from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import {
  ADULT_MAN,
  bloodPressure,
  interpretation,
  quantityObservation,
  smokingStatus,
} from './fhir-fixtures.test-helpers.ts';
import { presentMeasurement } from './measurement.presenter.ts';

const glucose = (value: number, unit: string) =>
  quantityObservation({
    id: `glucose-${unit}`,
    code: '2345-7',
    display: 'Glucose [Mass/volume] in Serum or Plasma',
    value,
    unit,
    effective: '2024-05-02T08:00:00+00:00',
  });

const hba1c = (value: number, overrides = {}) =>
  quantityObservation({
    id: 'a1c',
    code: '4548-4',
    display: 'Hemoglobin A1c/Hemoglobin.total in Blood',
    value,
    unit: '%',
    effective: '2024-05-02T08:00:00+00:00',
    overrides,
  });

describe('a blood-pressure panel', () => {
  it('reads a Synthea-shaped 55284-4 panel as "systolic/diastolic mmHg", systolic first', () => {
    const m = presentMeasurement(
      bloodPressure('bp1', 112.80033780552651, 84.69969170350122, '2012-12-30T00:52:41+00:00'),
      ADULT_MAN,
    );
    expect(Measurement.parse(m)).toEqual(m);
    expect(m.value).toMatchObject({ kind: 'components', text: '113/85 mmHg' });
    expect(m.value?.kind === 'components' && m.value.components.map((c) => c.code.code)).toEqual([
      '8480-6',
      '8462-4',
    ]);
    expect(m.category).toBe('vital-signs');
    expect(m.effective).toBe('2012-12-30T00:52:41+00:00');
  });

  // ESH 2023 (Mancia et al., J Hypertens 2023;41:1874): hypertension from 140 systolic and/or 90 diastolic.
  it.each([
    [128, 82, 'normal'],
    [152, 84, 'high'],
    [128, 95, 'high'],
  ] as const)('flags %i/%i mmHg as %s from the ESH 2023 thresholds', (systolic, diastolic, flag) => {
    const m = presentMeasurement(bloodPressure('bp', systolic, diastolic, '2024-01-01T00:00:00Z'), ADULT_MAN);
    expect(m.flag).toBe(flag);
    expect(m.value).toMatchObject({ text: `${systolic}/${diastolic} mmHg` });
  });

  it('gives the range of both numbers in words', () => {
    const m = presentMeasurement(bloodPressure('bp', 120, 80, '2024-01-01T00:00:00Z'), ADULT_MAN);
    expect(m.referenceRange?.text).toMatch(/^systolic .*mmHg, diastolic .*mmHg$/);
  });

  it("keeps the panel's own interpretation over the computed one", () => {
    const o = {
      ...bloodPressure('bp', 120, 80, '2024-01-01T00:00:00Z'),
      interpretation: interpretation('H'),
    };
    expect(presentMeasurement(o, ADULT_MAN).flag).toBe('high');
  });
});

describe('flags and ranges', () => {
  it("uses the resource's own interpretation when present, even against the table", () => {
    // 5.4 % is within the Mayo Clinic 4.0–5.6 % range; the lab said high, and the lab wins.
    const m = presentMeasurement(hba1c(5.4, { interpretation: interpretation('H') }), ADULT_MAN);
    expect(m.flag).toBe('high');
  });

  it('computes the flag from the clinical table when the resource has no interpretation', () => {
    // ADA Standards of Care 2024: HbA1c 5.7–6.4 % is prediabetes, above the 4.0–5.6 % normal range.
    const m = presentMeasurement(hba1c(6.1), ADULT_MAN);
    expect(m.flag).toBe('high');
    expect(m.referenceRange).toMatchObject({ low: 4, high: 5.6, unit: '%' });
    expect(m.code.display).toBe('HbA1c');
  });

  it('reads interpretation codes LL and HH as critical', () => {
    expect(presentMeasurement(hba1c(5, { interpretation: interpretation('LL') }), ADULT_MAN).flag).toBe(
      'critical-low',
    );
    expect(presentMeasurement(hba1c(5, { interpretation: interpretation('HH') }), ADULT_MAN).flag).toBe(
      'critical-high',
    );
  });

  it("takes the resource's reference range over the table's", () => {
    const o = hba1c(5.9, {
      referenceRange: [{ low: { value: 4.2, unit: '%' }, high: { value: 6.0, unit: '%' } }],
    });
    const m = presentMeasurement(o, ADULT_MAN);
    expect(m.referenceRange).toEqual({ low: 4.2, high: 6, unit: '%', text: '4.2–6 %' });
  });

  it('gives no flag for a test the table does not know and the resource does not interpret', () => {
    const o = quantityObservation({
      id: 'x',
      code: '99999-9',
      display: 'Something rare',
      value: 3,
      unit: 'U/L',
      effective: '2024-01-01',
    });
    const m = presentMeasurement(o, ADULT_MAN);
    expect(m.flag).toBeNull();
    expect(m.referenceRange).toBeNull();
    expect(m.effective).toBe('2024-01-01T00:00:00.000Z');
  });

  it("gives a child no adult flag (the table's ranges are for adults)", () => {
    expect(presentMeasurement(hba1c(6.1), { ...ADULT_MAN, ageYears: 9 }).flag).toBeNull();
  });
});

describe('units', () => {
  // ADA 2024: fasting glucose ≥ 126 mg/dL (7.0 mmol/L) is diabetes; normal fasting is 70–99 mg/dL.
  // Glucose 180.16 g/mol: 1 mmol/L = 18.016 mg/dL.
  it('flags 7.0 mmol/L glucose like 126 mg/dL, and shows the range in mmol/L', () => {
    const mmol = presentMeasurement(glucose(7.0, 'mmol/L'), ADULT_MAN);
    const mg = presentMeasurement(glucose(126, 'mg/dL'), ADULT_MAN);
    expect(mmol.flag).toBe('high');
    expect(mg.flag).toBe('high');
    expect(mmol.value).toEqual({ kind: 'quantity', value: 7, unit: 'mmol/L' });
    expect(mmol.referenceRange?.unit).toBe('mmol/L');
    expect(mmol.referenceRange?.low).toBeCloseTo(3.9, 1);
    expect(mmol.referenceRange?.high).toBeCloseTo(5.5, 1);
    expect(mg.referenceRange).toMatchObject({ low: 70, high: 99, unit: 'mg/dL' });
  });

  it('reads 5.0 mmol/L (90 mg/dL) as normal', () => {
    expect(presentMeasurement(glucose(5.0, 'mmol/L'), ADULT_MAN).flag).toBe('normal');
  });

  it('gives no flag for a unit the table cannot convert, rather than a wrong one', () => {
    expect(presentMeasurement(glucose(5.0, 'g/L'), ADULT_MAN).flag).toBeNull();
  });

  it('shows UCUM codes as people write them', () => {
    const m = presentMeasurement(
      quantityObservation({
        id: 't',
        code: '8310-5',
        display: 'Body temperature',
        value: 37.1,
        unit: 'Cel',
        effective: '2024-01-01T00:00:00Z',
        category: 'vital-signs',
      }),
      ADULT_MAN,
    );
    expect(m.value).toEqual({ kind: 'quantity', value: 37.1, unit: '°C' });
  });
});

describe('other kinds of value', () => {
  it('keeps a comparator as text and does not flag it ("< 0.5" is not 0.5)', () => {
    const o = glucose(0.5, 'mg/dL');
    o.valueQuantity = { ...o.valueQuantity, comparator: '<' };
    const m = presentMeasurement(o, ADULT_MAN);
    expect(m.value).toEqual({ kind: 'text', text: '< 0.5 mg/dL' });
    expect(m.flag).toBeNull();
  });

  it('reads a smoking status as a coded value', () => {
    const m = presentMeasurement(
      smokingStatus('s', '266919005', 'Never smoker', '2012-03-06T20:43:11+00:00'),
      ADULT_MAN,
    );
    expect(m.value).toEqual({
      kind: 'coded',
      coding: { system: 'http://snomed.info/sct', code: '266919005', display: 'Never smoker' },
    });
    expect(m.category).toBe('survey');
  });

  it('has no value when the resource gives a data-absent reason', () => {
    const o = glucose(1, 'mg/dL');
    delete o.valueQuantity;
    o.dataAbsentReason = { text: 'Sample haemolysed' };
    expect(presentMeasurement(o, ADULT_MAN).value).toBeNull();
  });
});
