import { describe, expect, it } from 'vitest';
import { buildBloodPressure, buildHba1c } from '../../test/record-fixtures.ts';
import {
  formatMeasuredValue,
  formatNumber,
  formatRange,
  formatRecordDate,
  withUnit,
} from './record-format.ts';

describe('record dates', () => {
  it('shows a calendar day as written, whatever the time zone (a birth date is not an instant)', () => {
    // Honolulu is UTC−10: read as an instant, midnight UTC on 4 March would show as 3 March there.
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Honolulu';
    try {
      expect(formatRecordDate('1974-03-04')).toBe('4 Mar 1974');
      expect(formatRecordDate('2024-02-29')).toBe('29 Feb 2024');
    } finally {
      process.env.TZ = zone;
    }
  });

  it('keeps partial FHIR dates partial (a year, or a month of a year)', () => {
    expect(formatRecordDate('1998')).toBe('1998');
    expect(formatRecordDate('1998-04')).toBe('Apr 1998');
  });

  it('passes through what is not a date rather than showing "Invalid Date"', () => {
    expect(formatRecordDate('sometime in spring')).toBe('sometime in spring');
  });
});

describe('measured values', () => {
  it('reads a quantity with its unit, without trailing zeros', () => {
    expect(formatMeasuredValue(buildHba1c().value)).toBe('7.2 %');
    expect(withUnit(5, 'mmol/L')).toBe('5 mmol/L');
    expect(formatNumber(0.125)).toBe('0.13');
    expect(formatNumber(1234.5)).toBe('1234.5');
  });

  it('reads blood pressure as the server wrote it, systolic over diastolic', () => {
    expect(formatMeasuredValue(buildBloodPressure().value)).toBe('128/82 mmHg');
  });

  it('reads coded and text values by their meaning', () => {
    expect(
      formatMeasuredValue({ kind: 'coded', coding: { system: null, code: null, display: 'Ex-smoker' } }),
    ).toBe('Ex-smoker');
    expect(formatMeasuredValue({ kind: 'text', text: 'Trace' })).toBe('Trace');
    expect(formatMeasuredValue(null)).toBe('No value');
  });

  it('says when there is no reference range', () => {
    expect(formatRange(buildHba1c().referenceRange)).toBe('4.0–5.6 %');
    expect(formatRange(null)).toBe('None given');
  });
});
