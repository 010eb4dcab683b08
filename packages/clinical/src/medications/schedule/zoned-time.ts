import { IANAZone } from 'luxon';
import { z } from 'zod';
import { type TimeOfDay, WEEKDAYS, type Weekday } from '../dosage.ts';

/**
 * Wall-clock arithmetic in IANA time zones: the one place that turns a local date and time into an
 * instant and back. Everything else in the schedule works on local dates (`YYYY-MM-DD`) and clock times
 * (`HH:MM`) and asks this module where they fall, so the rules for daylight saving live here once.
 * The offsets come from luxon's IANA zone (the runtime's tz database); the disambiguation is our own,
 * because luxon picks the later instant of an ambiguous time and we want the earlier one.
 */

/** A calendar date in some time zone, `YYYY-MM-DD`. */
export type LocalDate = string;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Whether the runtime's tz database knows the zone (`Europe/London`, `UTC`). */
export function isValidIanaZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** An IANA time-zone name the runtime knows. */
export const IanaZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isValidIanaZone, 'an IANA time zone (Europe/London)');

function zoneOf(zone: string): IANAZone {
  const found = IANAZone.create(zone);
  if (!found.isValid) throw new RangeError(`unknown time zone ${zone}`);
  return found;
}

/** The zone's offset from UTC in minutes at an instant (positive east of Greenwich). */
export function offsetMinutesAt(zone: string, instantMs: number): number {
  return zoneOf(zone).offset(instantMs);
}

function splitDate(localDate: LocalDate): [number, number, number] {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = localDate.split('-').map(Number);
  return [year, month, day];
}

/** Minutes since midnight of a clock time. */
export function minutesOfDay(time: TimeOfDay): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * The local date and time written as if they were UTC: a plain number to compare and subtract wall
 * times with, whatever the zone.
 */
export function wallMs(localDate: LocalDate, time: TimeOfDay): number {
  const [year, month, day] = splitDate(localDate);
  return Date.UTC(year, month - 1, day) + minutesOfDay(time) * MINUTE_MS;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function dateOfWallMs(ms: number): LocalDate {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function timeOfWallMs(ms: number): TimeOfDay {
  const date = new Date(ms);
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

export function addDays(localDate: LocalDate, days: number): LocalDate {
  return dateOfWallMs(wallMs(localDate, '00:00') + days * DAY_MS);
}

/** Whole days from one local date to another (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((wallMs(to, '00:00') - wallMs(from, '00:00')) / DAY_MS);
}

export function weekdayOf(localDate: LocalDate): Weekday {
  const sundayFirst = new Date(wallMs(localDate, '00:00')).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] ?? 'mon';
}

/** The UTC calendar date of an instant: the zone-free anchor for "which local dates can be near it". */
export function utcDateOf(instant: Date): LocalDate {
  return dateOfWallMs(instant.getTime());
}

/** What a clock in the zone shows at the instant. */
export function localDateTimeOf(instant: Date, zone: string): { localDate: LocalDate; localTime: TimeOfDay } {
  const wall = instant.getTime() + offsetMinutesAt(zone, instant.getTime()) * MINUTE_MS;
  return { localDate: dateOfWallMs(wall), localTime: timeOfWallMs(wall) };
}

/**
 * How a local time was found in the zone: it occurs once (`exact`), twice because the clocks went back
 * (`ambiguous`, the earlier instant taken), or not at all because they went forward (`gap`).
 */
export type LocalTimeResolution = 'exact' | 'ambiguous' | 'gap';

/**
 * The instant a local date and time denote in a zone, disambiguated as RFC 5545 and Temporal's
 * `compatible` option do: a time in a spring-forward gap is moved forward by the length of the gap
 * (01:30 on 2026-03-29 in London → 02:30 BST = 01:30Z); a time repeated by a fall-back takes its
 * first, earlier occurrence (01:30 on 2026-10-25 in London → 01:30 BST = 00:30Z). Both follow from
 * reading the wall time with the offsets in force a day before and a day after it: no zone changes its
 * offset twice within two days.
 */
export function resolveLocalTime(
  localDate: LocalDate,
  time: TimeOfDay,
  zone: string,
): { at: Date; resolution: LocalTimeResolution } {
  const wall = wallMs(localDate, time);
  const before = offsetMinutesAt(zone, wall - DAY_MS);
  const after = offsetMinutesAt(zone, wall + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instantMs) => wall - offsetMinutesAt(zone, instantMs) * MINUTE_MS === instantMs)
    .sort((a, b) => a - b);
  const [earliest] = candidates;
  if (earliest === undefined) return { at: new Date(wall - before * MINUTE_MS), resolution: 'gap' };
  return { at: new Date(earliest), resolution: candidates.length > 1 ? 'ambiguous' : 'exact' };
}
