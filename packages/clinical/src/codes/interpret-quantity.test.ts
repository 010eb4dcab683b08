import { describe, expect, it } from 'vitest';
import {
  flagFromInterpretationCode,
  interpretationCode,
  interpretQuantity,
  referenceRangeFor,
} from './interpret-quantity.ts';
import { findLoincTest } from './loinc-tests.ts';

const adult = { sex: null, ageYears: 45 } as const;
const flagOf = (
  loincCode: string,
  value: number,
  unit: string | null,
  sex: 'male' | 'female' | null = null,
) => interpretQuantity({ loincCode, value, unit, sex, ageYears: 45 })?.flag ?? null;

describe('interpretQuantity against published thresholds', () => {
  it('reads HbA1c per the ADA Standards of Care (normal < 5.7 %, prediabetes 5.7–6.4 %, diabetes ≥ 6.5 %)', () => {
    expect(flagOf('4548-4', 5.4, '%')).toBe('normal');
    expect(flagOf('4548-4', 5.6, '%')).toBe('normal');
    expect(flagOf('4548-4', 5.7, '%')).toBe('high');
    expect(flagOf('4548-4', 6.8, '%')).toBe('high');
  });

  it('converts IFCC HbA1c: 48 mmol/mol is the ADA/WHO 6.5 % diagnostic threshold, 39 mmol/mol is 5.7 %', () => {
    expect(flagOf('4548-4', 48, 'mmol/mol')).toBe('high');
    expect(flagOf('4548-4', 36, 'mmol/mol')).toBe('normal');
    expect(flagOf('4548-4', 39, 'mmol/mol')).toBe('high');
  });

  it('flags potassium 6.5 mmol/L critical-high and 2.4 critical-low (life-threatening decision limits)', () => {
    expect(flagOf('2823-3', 6.5, 'mmol/L')).toBe('critical-high');
    expect(flagOf('2823-3', 2.4, 'mmol/L')).toBe('critical-low');
    expect(flagOf('2823-3', 3.2, 'mmol/L')).toBe('low');
    expect(flagOf('2823-3', 5.5, 'mmol/L')).toBe('high');
    expect(flagOf('2823-3', 4.2, 'meq/L')).toBe('normal');
  });

  it('reads haemoglobin 12.5 g/dL as low for a man and normal for a woman (Mayo: men 13.2–16.6, women 11.6–15.0)', () => {
    expect(flagOf('718-7', 12.5, 'g/dL', 'male')).toBe('low');
    expect(flagOf('718-7', 12.5, 'g/dL', 'female')).toBe('normal');
    expect(flagOf('718-7', 125, 'g/L', 'male')).toBe('low');
  });

  it('flags haemoglobin ≤ 6.0 and ≥ 20.0 g/dL critical (Mayo Clinic Laboratories critical values)', () => {
    expect(flagOf('718-7', 6.0, 'g/dL', 'female')).toBe('critical-low');
    expect(flagOf('718-7', 20.0, 'g/dL', 'male')).toBe('critical-high');
  });

  it('reads glucose 7.0 mmol/L like 126 mg/dL (ADA fasting diabetes threshold) and 5.5 mmol/L as normal', () => {
    expect(flagOf('1558-6', 7.0, 'mmol/L')).toBe('high');
    expect(flagOf('1558-6', 126, 'mg/dL')).toBe('high');
    expect(flagOf('1558-6', 5.5, 'mmol/L')).toBe('normal');
    expect(flagOf('2345-7', 2.5, 'mmol/L')).toBe('critical-low');
  });

  it('reads lipids per NCEP ATP III (TC ≥ 200, LDL ≥ 130, TG ≥ 150 mg/dL; HDL < 40 men, < 50 women)', () => {
    expect(flagOf('2093-3', 199, 'mg/dL')).toBe('normal');
    expect(flagOf('2093-3', 5.2, 'mmol/L')).toBe('high');
    expect(flagOf('18262-6', 130, 'mg/dL')).toBe('high');
    expect(flagOf('13457-7', 110, 'mg/dL')).toBe('normal');
    expect(flagOf('2571-8', 1.7, 'mmol/L')).toBe('high');
    expect(flagOf('2085-9', 45, 'mg/dL', 'male')).toBe('normal');
    expect(flagOf('2085-9', 45, 'mg/dL', 'female')).toBe('low');
  });

  it('reads creatinine in µmol/L (88.42 µmol/L = 1.0 mg/dL) and eGFR per KDIGO (< 60 is G3a)', () => {
    expect(flagOf('2160-0', 88.42, 'µmol/L', 'male')).toBe('normal');
    expect(flagOf('2160-0', 1.2, 'mg/dL', 'female')).toBe('high');
    expect(flagOf('2160-0', 1.2, 'mg/dL', 'male')).toBe('normal');
    expect(flagOf('98979-8', 59, 'mL/min/{1.73_m2}')).toBe('low');
    expect(flagOf('33914-3', 75, 'mL/min/1.73m2')).toBe('normal');
  });

  it('reads urine albumin/creatinine per KDIGO (A2 from 30 mg/g or 3 mg/mmol)', () => {
    expect(flagOf('9318-7', 30, 'mg/g')).toBe('high');
    expect(flagOf('9318-7', 2.5, 'mg/mmol')).toBe('normal');
    expect(flagOf('14959-1', 3.5, 'mg/mmol')).toBe('high');
  });

  it('reads blood pressure per ESH 2023 (hypertension ≥ 140/90, grade 3 ≥ 180/110, low < 90/60)', () => {
    expect(flagOf('8480-6', 139, 'mm[Hg]')).toBe('normal');
    expect(flagOf('8480-6', 140, 'mm[Hg]')).toBe('high');
    expect(flagOf('8462-4', 90, 'mmHg')).toBe('high');
    expect(flagOf('8480-6', 185, 'mm[Hg]')).toBe('critical-high');
    expect(flagOf('8480-6', 85, 'mm[Hg]')).toBe('low');
    expect(flagOf('8462-4', 55, 'mm[Hg]')).toBe('low');
  });

  it('reads BMI per WHO classes (underweight < 18.5, overweight ≥ 25)', () => {
    expect(flagOf('39156-5', 18.4, 'kg/m2')).toBe('low');
    expect(flagOf('39156-5', 22, 'kg/m2')).toBe('normal');
    expect(flagOf('39156-5', 25, 'kg/m2')).toBe('high');
  });

  it('reads temperature in °F: 100.4 °F = 38.0 °C is the NEWS2 score-0 limit, 101.3 °F = 38.5 °C is high', () => {
    expect(flagOf('8310-5', 100.4, '[degF]')).toBe('normal');
    expect(flagOf('8310-5', 101.3, '°F')).toBe('high');
    expect(flagOf('8310-5', 34.5, 'Cel')).toBe('critical-low');
  });

  it('flags INR ≥ 5.0 and platelets ≤ 40 ×10⁹/L critical (Mayo Clinic Laboratories critical values)', () => {
    expect(flagOf('6301-6', 5.0, '{INR}')).toBe('critical-high');
    expect(flagOf('6301-6', 1.0, null)).toBe('normal');
    expect(flagOf('777-3', 40, '10*9/L', 'male')).toBe('critical-low');
  });

  it('reads vitamin D per IOM 2011 (deficient < 20 ng/mL = 50 nmol/L)', () => {
    expect(flagOf('62292-8', 40, 'nmol/L')).toBe('low');
    expect(flagOf('1989-3', 75, 'nmol/L')).toBe('normal');
  });
});

describe('interpretQuantity gives no flag rather than a wrong one', () => {
  it('returns null for an unknown unit, a missing unit on a dimensioned test, or an unknown code', () => {
    expect(interpretQuantity({ loincCode: '2345-7', value: 5, unit: 'furlongs', ...adult })).toBeNull();
    expect(interpretQuantity({ loincCode: '2345-7', value: 5, unit: null, ...adult })).toBeNull();
    expect(interpretQuantity({ loincCode: '0000-0', value: 5, unit: 'mg/dL', ...adult })).toBeNull();
    expect(interpretQuantity({ loincCode: '2345-7', value: Number.NaN, unit: 'mg/dL', ...adult })).toBeNull();
  });

  it('returns null for children (adult ranges only), PSA in a woman and tests without a range', () => {
    expect(
      interpretQuantity({ loincCode: '8867-4', value: 110, unit: '/min', sex: 'male', ageYears: 6 }),
    ).toBeNull();
    expect(
      interpretQuantity({ loincCode: '2857-1', value: 1, unit: 'ng/mL', sex: 'female', ageYears: 50 }),
    ).toBeNull();
    expect(interpretQuantity({ loincCode: '29463-7', value: 80, unit: 'kg', ...adult })).toBeNull();
  });

  it('uses the widest interval when sex is unknown (creatinine 0.59–1.35 mg/dL)', () => {
    expect(flagOf('2160-0', 1.2, 'mg/dL', null)).toBe('normal');
    expect(flagOf('2160-0', 1.4, 'mg/dL', null)).toBe('high');
    expect(flagOf('2160-0', 0.5, 'mg/dL', null)).toBe('low');
  });
});

describe('reference range view', () => {
  it('gives the range in the canonical unit with readable text', () => {
    expect(interpretQuantity({ loincCode: '4548-4', value: 6.8, unit: '%', ...adult })?.range).toEqual({
      low: 4,
      high: 5.6,
      unit: '%',
      text: '4–5.6 %',
    });
    const hdl = findLoincTest('2085-9');
    expect(hdl && referenceRangeFor(hdl, 'female', 40)).toEqual({
      low: 50,
      high: null,
      unit: 'mg/dL',
      text: '≥ 50 mg/dL',
    });
  });
});

describe('interpretationCode', () => {
  it('maps flags to the v3 ObservationInterpretation codes', () => {
    const system = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
    expect(interpretationCode('normal')).toEqual({ system, code: 'N', display: 'Normal' });
    expect(interpretationCode('low').code).toBe('L');
    expect(interpretationCode('high').code).toBe('H');
    expect(interpretationCode('critical-low').code).toBe('LL');
    expect(interpretationCode('critical-high').code).toBe('HH');
  });

  it('reads the codes back, and gives null for codes it does not map (A, POS)', () => {
    expect(flagFromInterpretationCode('HH')).toBe('critical-high');
    expect(flagFromInterpretationCode('L')).toBe('low');
    expect(flagFromInterpretationCode('A')).toBeNull();
    expect(flagFromInterpretationCode('POS')).toBeNull();
  });
});
