import { describe, expect, it } from 'vitest';
import type { Dosage, DoseTiming } from '../dosage.ts';
import { type DoseOccurrence, doseOccurrences, InvalidZoneHistoryError } from './dose-occurrences.ts';

// Expected instants are worked out by hand from the published 2026 rules (see zoned-time.test.ts):
// London GMT (UTC+0) / BST (UTC+1) changing at 01:00Z on 29 March and 25 October; New York EST (UTC−5) /
// EDT (UTC−4) changing at 07:00Z on 8 March and 06:00Z on 1 November.

function dosage(timing: DoseTiming, startDate = '2026-01-01', durationDays: number | null = null): Dosage {
  return {
    doseQuantity: 1,
    doseUnit: 'tablet',
    route: 'oral',
    timing,
    startDate,
    durationDays,
    instructions: null,
  };
}
const daily = (...times: string[]) => dosage({ kind: 'at-times', times });
const livingIn = (zone: string) => [{ zone, since: new Date('2020-01-01T00:00Z') }];
const instants = (doses: DoseOccurrence[]) => doses.map((dose) => dose.at.toISOString().slice(0, 16));
const keys = (doses: DoseOccurrence[]) => doses.map((dose) => dose.key);

function between(from: string, to: string, schedule: Dosage, zoneHistory = livingIn('Europe/London')) {
  return doseOccurrences({ dosage: schedule, zoneHistory, from: new Date(from), to: new Date(to) });
}

describe('dose times across daylight saving', () => {
  it('keeps 08:00 London at 08:00Z in winter and 07:00Z in summer, on both sides of each change', () => {
    expect(instants(between('2026-03-28T00:00Z', '2026-03-31T00:00Z', daily('08:00')))).toEqual([
      '2026-03-28T08:00',
      '2026-03-29T07:00',
      '2026-03-30T07:00',
    ]);
    expect(instants(between('2026-10-24T00:00Z', '2026-10-27T00:00Z', daily('08:00')))).toEqual([
      '2026-10-24T07:00',
      '2026-10-25T08:00',
      '2026-10-26T08:00',
    ]);
  });

  it('keeps 08:00 New York at 13:00Z in winter and 12:00Z in summer', () => {
    const newYork = livingIn('America/New_York');
    expect(instants(between('2026-03-07T00:00Z', '2026-03-10T00:00Z', daily('08:00'), newYork))).toEqual([
      '2026-03-07T13:00',
      '2026-03-08T12:00',
      '2026-03-09T12:00',
    ]);
    expect(instants(between('2026-10-31T00:00Z', '2026-11-03T00:00Z', daily('08:00'), newYork))).toEqual([
      '2026-10-31T12:00',
      '2026-11-01T13:00',
      '2026-11-02T13:00',
    ]);
  });

  it('moves a dose in the spring-forward gap forward by the gap and says so', () => {
    const [gapDose] = between('2026-03-29T00:00Z', '2026-03-30T00:00Z', daily('01:30'));
    expect(gapDose).toEqual({
      key: '2026-03-29T01:30',
      localDate: '2026-03-29',
      localTime: '01:30',
      zone: 'Europe/London',
      at: new Date('2026-03-29T01:30Z'),
      adjustment: { reason: 'dst-gap', lateByMinutes: 60 },
    });
    const newYork = livingIn('America/New_York');
    const [nyGapDose] = between('2026-03-08T00:00Z', '2026-03-09T00:00Z', daily('02:30'), newYork);
    expect(nyGapDose?.at).toEqual(new Date('2026-03-08T07:30Z'));
    expect(nyGapDose?.adjustment).toEqual({ reason: 'dst-gap', lateByMinutes: 60 });
  });

  it('gives a time the fall-back repeats once, at its first (BST) occurrence', () => {
    const doses = between('2026-10-24T23:00Z', '2026-10-25T03:00Z', daily('01:30'));
    expect(instants(doses)).toEqual(['2026-10-25T00:30']);
    expect(doses[0]?.adjustment).toBeNull();
  });
});

describe('dose times when the patient travels', () => {
  it('follows the local clock flying west, London to New York, without a second 08:00', () => {
    // Winter: London UTC+0, New York UTC−5. The patient's zone changes at 12:00Z on 10 January, after the
    // 08:00 London dose; New York's 08:00 that day (13:00Z) is the same dose again, not a new one.
    const history = [
      { zone: 'Europe/London', since: new Date('2025-01-01T00:00Z') },
      { zone: 'America/New_York', since: new Date('2026-01-10T12:00Z') },
    ];
    const doses = between('2026-01-09T00:00Z', '2026-01-12T00:00Z', daily('08:00', '20:00'), history);
    expect(doses.map((dose) => [dose.key, dose.at.toISOString().slice(0, 16), dose.zone])).toEqual([
      ['2026-01-09T08:00', '2026-01-09T08:00', 'Europe/London'],
      ['2026-01-09T20:00', '2026-01-09T20:00', 'Europe/London'],
      ['2026-01-10T08:00', '2026-01-10T08:00', 'Europe/London'],
      ['2026-01-10T20:00', '2026-01-11T01:00', 'America/New_York'],
      ['2026-01-11T08:00', '2026-01-11T13:00', 'America/New_York'],
    ]);
    expect(doses.every((dose) => dose.adjustment === null)).toBe(true);
  });

  it('moves a dose the clock skips flying east forward by the jump, New York to London', () => {
    // The zone changes at 12:00Z on 20 January: the clock jumps from 07:00 New York to 12:00 London,
    // over 08:00. That dose comes 5 hours late by the new clock, at 13:00 London, not never.
    const history = [
      { zone: 'America/New_York', since: new Date('2025-06-01T00:00Z') },
      { zone: 'Europe/London', since: new Date('2026-01-20T12:00Z') },
    ];
    const doses = between('2026-01-19T00:00Z', '2026-01-22T00:00Z', daily('08:00', '20:00'), history);
    expect(doses.map((dose) => [dose.key, dose.at.toISOString().slice(0, 16)])).toEqual([
      ['2026-01-18T20:00', '2026-01-19T01:00'],
      ['2026-01-19T08:00', '2026-01-19T13:00'],
      ['2026-01-19T20:00', '2026-01-20T01:00'],
      ['2026-01-20T08:00', '2026-01-20T13:00'],
      ['2026-01-20T20:00', '2026-01-20T20:00'],
      ['2026-01-21T08:00', '2026-01-21T08:00'],
      ['2026-01-21T20:00', '2026-01-21T20:00'],
    ]);
    expect(doses[3]).toMatchObject({
      zone: 'Europe/London',
      adjustment: { reason: 'zone-change', lateByMinutes: 300 },
    });
  });

  it('gives each dose of a course once, with the same key, whatever the zone history says', () => {
    const course = dosage({ kind: 'times-per-day', timesPerDay: 3 }, '2026-01-09', 4);
    const wholeCourse = ['2026-01-05T00:00Z', '2026-01-20T00:00Z'] as const;
    const home = between(...wholeCourse, course, livingIn('Europe/London'));
    const roundTrip = between(...wholeCourse, course, [
      { zone: 'Europe/London', since: new Date('2025-01-01T00:00Z') },
      { zone: 'Asia/Tokyo', since: new Date('2026-01-10T12:00Z') },
      { zone: 'America/Los_Angeles', since: new Date('2026-01-11T09:00Z') },
    ]);
    expect(home).toHaveLength(12);
    expect(keys(roundTrip)).toEqual(keys(home));
  });

  it('refuses a history that is empty, out of order or names an unknown zone', () => {
    const window = { dosage: daily('08:00'), from: new Date('2026-01-01Z'), to: new Date('2026-01-02Z') };
    expect(() => doseOccurrences({ ...window, zoneHistory: [] })).toThrow(InvalidZoneHistoryError);
    expect(() => doseOccurrences({ ...window, zoneHistory: livingIn('Europe/Atlantis') })).toThrow(
      InvalidZoneHistoryError,
    );
    const backwards = [
      { zone: 'UTC', since: new Date('2026-02-01Z') },
      { zone: 'UTC', since: new Date('2026-01-01Z') },
    ];
    expect(() => doseOccurrences({ ...window, zoneHistory: backwards })).toThrow(InvalidZoneHistoryError);
    expect(() =>
      doseOccurrences({ ...window, zoneHistory: livingIn('UTC'), to: new Date('not a date') }),
    ).toThrow(RangeError);
  });
});

describe('dose days', () => {
  it('gives weekly doses on Mondays only', () => {
    // March 2026 starts on a Sunday; the Mondays are 2, 9, 16, 23 (GMT) and 30 (BST).
    const weekly = dosage({ kind: 'weekly', weekdays: ['mon'], times: ['09:00'] }, '2026-03-01');
    expect(instants(between('2026-03-01T00:00Z', '2026-04-01T00:00Z', weekly))).toEqual([
      '2026-03-02T09:00',
      '2026-03-09T09:00',
      '2026-03-16T09:00',
      '2026-03-23T09:00',
      '2026-03-30T08:00',
    ]);
  });

  it('starts on the start date and ends on start + duration − 1', () => {
    const course = dosage({ kind: 'times-per-day', timesPerDay: 1 }, '2026-05-01', 3);
    expect(keys(between('2026-04-28T00:00Z', '2026-05-08T00:00Z', course))).toEqual([
      '2026-05-01T08:00',
      '2026-05-02T08:00',
      '2026-05-03T08:00',
    ]);
  });

  it('gives every-hours doses each day at the same clock times', () => {
    const everyEight = dosage({ kind: 'every-hours', everyHours: 8, firstDoseAt: '22:00' });
    expect(keys(between('2026-02-02T00:00Z', '2026-02-03T00:00Z', everyEight))).toEqual([
      '2026-02-02T06:00',
      '2026-02-02T14:00',
      '2026-02-02T22:00',
    ]);
  });

  it('has no doses for as-needed medicines', () => {
    const prn = dosage({ kind: 'as-needed', minIntervalHours: 4, maxDosesPerDay: 4, reason: 'pain' });
    expect(between('2026-01-01T00:00Z', '2026-03-01T00:00Z', prn)).toEqual([]);
  });

  it('includes a dose at the start of the window and leaves out one at its end', () => {
    expect(instants(between('2026-01-05T08:00Z', '2026-01-06T08:00Z', daily('08:00')))).toEqual([
      '2026-01-05T08:00',
    ]);
    expect(between('2026-01-05T08:01Z', '2026-01-05T08:00Z', daily('08:00'))).toEqual([]);
  });
});
