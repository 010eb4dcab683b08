import { describe, expect, it } from 'vitest';
import { CsvFormatError, columnIndex, parseCsv, toNumber } from './csv.ts';

describe('parseCsv', () => {
  it('reads CRLF lines without a final newline, strips a BOM and trims header names', () => {
    const table = parseCsv('\uFEFFGENDER,FATIGUE ,ALLERGY \r\nM,2,1\r\nF,1,2');
    expect(table.header).toEqual(['GENDER', 'FATIGUE', 'ALLERGY']);
    expect(table.rows).toEqual([
      ['M', '2', '1'],
      ['F', '1', '2'],
    ]);
  });

  it('reads LF lines and skips blank lines', () => {
    expect(parseCsv('a,b\n1,2\n\n3,4\n').rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('refuses quoted fields, ragged rows, repeated columns and an empty file', () => {
    expect(() => parseCsv('a,b\n"1,5",2')).toThrow(CsvFormatError);
    expect(() => parseCsv('a,b\n1,2,3')).toThrow(/line 2 has 3 fields/);
    expect(() => parseCsv('a,a\n1,2')).toThrow(CsvFormatError);
    expect(() => parseCsv('\r\n')).toThrow(CsvFormatError);
  });

  it('finds columns by name and names the missing ones', () => {
    const table = parseCsv('x,y,z\n1,2,3');
    expect(columnIndex(table, ['z', 'x'])).toEqual({ z: 2, x: 0 });
    expect(() => columnIndex(table, ['x', 'w'])).toThrow(/missing columns: w/);
  });

  it('converts numbers and says where a bad one is', () => {
    expect(toNumber('33.6', 'line 2 BMI')).toBe(33.6);
    expect(() => toNumber('', 'line 2 BMI')).toThrow(/line 2 BMI/);
    expect(() => toNumber('NA', 'line 3 BMI')).toThrow(CsvFormatError);
  });
});
