import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isValidIanaZone,
  localDateTimeOf,
  resolveLocalTime,
  weekdayOf,
} from './zoned-time.ts';

// Instants below are worked out by hand from the published 2026 rules: the UK changes at 01:00 UTC on
// the last Sundays of March and October (29 March, 25 October); the US at 02:00 local on the second
// Sunday of March (8 March, 07:00 UTC) and the first Sunday of November (1 November, 06:00 UTC).
const inLondon = (localDate: string, time: string) =>
  resolveLocalTime(localDate, time, 'Europe/London').at.toISOString();

describe('local time to instant', () => {
  it('reads ordinary times with the offset in force (GMT, BST)', () => {
    expect(inLondon('2026-03-28', '08:00')).toBe('2026-03-28T08:00:00.000Z');
    expect(inLondon('2026-03-29', '08:00')).toBe('2026-03-29T07:00:00.000Z');
    expect(inLondon('2026-10-24', '08:00')).toBe('2026-10-24T07:00:00.000Z');
    expect(inLondon('2026-10-25', '08:00')).toBe('2026-10-25T08:00:00.000Z');
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    expect(resolveLocalTime('2026-03-29', '01:30', 'Europe/London')).toEqual({
      at: new Date('2026-03-29T01:30:00Z'),
      resolution: 'gap',
    });
    expect(resolveLocalTime('2026-03-08', '02:30', 'America/New_York')).toEqual({
      at: new Date('2026-03-08T07:30:00Z'),
      resolution: 'gap',
    });
  });

  it('takes the earlier of a time the fall-back repeats', () => {
    expect(resolveLocalTime('2026-10-25', '01:30', 'Europe/London')).toEqual({
      at: new Date('2026-10-25T00:30:00Z'),
      resolution: 'ambiguous',
    });
    expect(resolveLocalTime('2026-11-01', '01:30', 'America/New_York')).toEqual({
      at: new Date('2026-11-01T05:30:00Z'),
      resolution: 'ambiguous',
    });
  });

  it('treats the edges of a change as the clock shows them', () => {
    // 02:00 on 29 March does exist in London: it is the first minute of BST (01:00Z).
    expect(resolveLocalTime('2026-03-29', '02:00', 'Europe/London').at).toEqual(
      new Date('2026-03-29T01:00Z'),
    );
    expect(resolveLocalTime('2026-03-29', '00:59', 'Europe/London').resolution).toBe('exact');
  });

  it('handles zones with half and quarter hours', () => {
    expect(resolveLocalTime('2026-06-01', '08:00', 'Asia/Kolkata').at).toEqual(new Date('2026-06-01T02:30Z'));
    expect(resolveLocalTime('2026-06-01', '08:00', 'Asia/Kathmandu').at).toEqual(
      new Date('2026-06-01T02:15Z'),
    );
  });
});

describe('instant to local time and local dates', () => {
  it('shows what the clock in the zone shows', () => {
    expect(localDateTimeOf(new Date('2026-03-29T01:30Z'), 'Europe/London')).toEqual({
      localDate: '2026-03-29',
      localTime: '02:30',
    });
    expect(localDateTimeOf(new Date('2026-01-10T03:00Z'), 'America/New_York')).toEqual({
      localDate: '2026-01-09',
      localTime: '22:00',
    });
  });

  it('counts days and weekdays across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(weekdayOf('2026-03-30')).toBe('mon');
    expect(weekdayOf('2026-03-29')).toBe('sun');
  });

  it('knows IANA zones', () => {
    expect(isValidIanaZone('Europe/London')).toBe(true);
    expect(isValidIanaZone('Mars/Olympus_Mons')).toBe(false);
  });
});
