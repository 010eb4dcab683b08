import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOINC_TESTS } from './loinc-tests.ts';
import { convertQuantity, normalizeUnit, toCanonicalValue } from './units.ts';

describe('convertQuantity with the published factors', () => {
  it('glucose: 126 mg/dL ≈ 7.0 mmol/L (factor 0.0555)', () => {
    expect(
      convertQuantity({ loincCode: '2345-7', value: 126, fromUnit: 'mg/dL', toUnit: 'mmol/L' }),
    ).toBeCloseTo(7.0, 1);
    expect(
      convertQuantity({ loincCode: '2345-7', value: 100, fromUnit: 'mg/dL', toUnit: 'mmol/L' }),
    ).toBeCloseTo(5.55, 2);
  });

  it('cholesterol × 0.02586, triglycerides × 0.01129, creatinine µmol/L ÷ 88.42', () => {
    expect(
      convertQuantity({ loincCode: '2093-3', value: 200, fromUnit: 'mg/dL', toUnit: 'mmol/L' }),
    ).toBeCloseTo(5.172, 3);
    expect(
      convertQuantity({ loincCode: '2571-8', value: 150, fromUnit: 'mg/dL', toUnit: 'mmol/L' }),
    ).toBeCloseTo(1.6935, 3);
    expect(
      convertQuantity({ loincCode: '2160-0', value: 88.42, fromUnit: 'umol/L', toUnit: 'mg/dL' }),
    ).toBeCloseTo(1, 6);
  });

  it('weight, height and temperature', () => {
    expect(
      convertQuantity({ loincCode: '29463-7', value: 154, fromUnit: '[lb_av]', toUnit: 'kg' }),
    ).toBeCloseTo(69.85, 2);
    expect(convertQuantity({ loincCode: '8302-2', value: 70, fromUnit: '[in_i]', toUnit: 'cm' })).toBeCloseTo(
      177.8,
      6,
    );
    expect(
      convertQuantity({ loincCode: '8310-5', value: 98.6, fromUnit: '[degF]', toUnit: 'Cel' }),
    ).toBeCloseTo(37, 6);
    expect(
      convertQuantity({ loincCode: '8310-5', value: 37, fromUnit: 'Cel', toUnit: '[degF]' }),
    ).toBeCloseTo(98.6, 6);
  });

  it('HbA1c IFCC → NGSP: 53 mmol/mol ≈ 7.0 %', () => {
    expect(
      convertQuantity({ loincCode: '4548-4', value: 53, fromUnit: 'mmol/mol', toUnit: '%' }),
    ).toBeCloseTo(7.0, 1);
  });

  it('gives null for an unknown unit or test', () => {
    expect(convertQuantity({ loincCode: '2345-7', value: 1, fromUnit: 'mg/dL', toUnit: 'kg' })).toBeNull();
    expect(convertQuantity({ loincCode: '9999-9', value: 1, fromUnit: 'mg/dL', toUnit: 'mg/dL' })).toBeNull();
  });

  it('converting to another unit and back returns the value, for every unit of every test', () => {
    const pairs = LOINC_TESTS.flatMap((test) =>
      [...(test.alternateUnits ?? []), ...(test.affineUnits ?? [])].map((alternate) => ({
        test,
        unit: alternate.unit,
      })),
    );
    expect(pairs.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        ({ test, unit }, value) => {
          const there = convertQuantity({ loincCode: test.code, value, fromUnit: test.unit, toUnit: unit });
          expect(there).not.toBeNull();
          const back = convertQuantity({
            loincCode: test.code,
            value: there ?? 0,
            fromUnit: unit,
            toUnit: test.unit,
          });
          expect(back).toBeCloseTo(value, 6);
        },
      ),
    );
  });
});

describe('normalizeUnit', () => {
  it('maps common spellings to UCUM', () => {
    expect(normalizeUnit('mmHg')).toBe('mm[Hg]');
    expect(normalizeUnit('µmol/L')).toBe('umol/L');
    expect(normalizeUnit('°C')).toBe('Cel');
    expect(normalizeUnit('mEq/L')).toBe('meq/L');
    expect(normalizeUnit('x10^9/L')).toBe('10*9/L');
    expect(normalizeUnit(' mg/dl ')).toBe('mg/dL');
    expect(normalizeUnit('mcg/L')).toBe('ug/L');
  });

  it('accepts the display unit and null only for dimensionless tests', () => {
    const pain = LOINC_TESTS.find((test) => test.code === '72514-3');
    const glucose = LOINC_TESTS.find((test) => test.code === '2345-7');
    expect(pain && toCanonicalValue(pain, 4, null)).toBe(4);
    expect(glucose && toCanonicalValue(glucose, 4, null)).toBeNull();
  });
});
