import { describe, expect, it } from 'vitest';
import { searchDateRange } from './search-dates.ts';

// FHIR R4 search, 3.1.1.4.4 (date): "the precision of the value determines the range of the search".
describe('searchDateRange', () => {
  it('reads a year, a month and a day as the whole period they name', () => {
    expect(searchDateRange('2020')).toEqual({
      low: '2020-01-01T00:00:00.000Z',
      high: '2020-12-31T23:59:59.999Z',
    });
    expect(searchDateRange('2020-02')).toEqual({
      low: '2020-02-01T00:00:00.000Z',
      high: '2020-02-29T23:59:59.999Z',
    });
    expect(searchDateRange('2021-02')).toEqual({
      low: '2021-02-01T00:00:00.000Z',
      high: '2021-02-28T23:59:59.999Z',
    });
    expect(searchDateRange('2020-03-14')).toEqual({
      low: '2020-03-14T00:00:00.000Z',
      high: '2020-03-14T23:59:59.999Z',
    });
  });

  it('reads times to the minute, second or millisecond, with a zone or as UTC', () => {
    expect(searchDateRange('2020-03-14T10:00')).toEqual({
      low: '2020-03-14T10:00:00.000Z',
      high: '2020-03-14T10:00:59.999Z',
    });
    expect(searchDateRange('2020-03-14T10:00:30+02:00')).toEqual({
      low: '2020-03-14T08:00:30.000Z',
      high: '2020-03-14T08:00:30.999Z',
    });
    expect(searchDateRange('2020-03-14T10:00:30.250Z')).toEqual({
      low: '2020-03-14T10:00:30.250Z',
      high: '2020-03-14T10:00:30.250Z',
    });
  });

  it('refuses what is not a FHIR date', () => {
    for (const value of ['20', '2020-13', '2020-02-30', '2020-03-14T25:00', 'yesterday', '2020/03/14']) {
      expect(searchDateRange(value)).toBeNull();
    }
  });
});
