import { z } from 'zod';
import { type Dosage, type TimeOfDay, timesOfDay } from '../dosage.ts';
import {
  addDays,
  IanaZone,
  isValidIanaZone,
  type LocalDate,
  type LocalTimeResolution,
  localDateTimeOf,
  resolveLocalTime,
  utcDateOf,
  wallMs,
  weekdayOf,
} from './zoned-time.ts';

/**
 * Where and when each scheduled dose falls. The rule is the patient's own wall clock: "I take it at
 * 08:00 wherever I am". A dose is named by its local date and clock time; it is due when the clock of
 * the zone the patient is in at that moment shows that date and time.
 *
 * Clocks jump, by daylight saving or by travel, and the rule says what happens then, the same way for
 * both:
 * - a jump back (fall back; flying west) shows some local times twice: the dose is due the first time,
 *   once; the repeat is the same dose, with the same key, and is not reminded again;
 * - a jump forward (spring forward; flying east) skips some local times: a dose whose time is skipped is
 *   moved forward by the size of the jump (RFC 5545 and Temporal's `compatible` rule), never lost.
 *   Moving by the jump, rather than piling every skipped dose onto the moment of the jump, keeps doses
 *   of a frequent schedule apart after a long eastward flight.
 * So each local date and time has exactly one dose, wherever the patient goes, and its key
 * (`2026-03-29T08:00`) never changes when the zone history does.
 */

/** A zone the patient lives by from an instant on: the next entry of the history ends it. */
export type ZoneHistoryEntry = { zone: string; since: Date };

/**
 * The patient's zones, oldest first. The first entry also covers all time before its `since` (there is
 * nothing earlier to go by); each later entry is a move or a trip.
 */
export const ZoneHistory = z
  .array(z.object({ zone: IanaZone, since: z.date() }))
  .min(1)
  .refine((entries) => isAscending(entries), 'entries in strictly ascending order of since');
export type ZoneHistory = readonly ZoneHistoryEntry[];

/** Stable name of one dose: its local date and scheduled clock time, `YYYY-MM-DDTHH:MM`. */
export type DoseOccurrenceKey = `${LocalDate}T${TimeOfDay}`;

/** Why a dose is due later than its clock time says, and by how much (as the patient's clock shows it). */
export type DoseTimeAdjustment = { reason: 'dst-gap' | 'zone-change'; lateByMinutes: number };

export type DoseOccurrence = {
  key: DoseOccurrenceKey;
  localDate: LocalDate;
  /** The clock time as prescribed; see `adjustment` for the rare dose due at another. */
  localTime: TimeOfDay;
  /** The zone in force at the instant: the patient's clock at the reminder. */
  zone: string;
  at: Date;
  adjustment: DoseTimeAdjustment | null;
};

export class InvalidZoneHistoryError extends Error {
  readonly code = 'invalid_zone_history';
}

function isAscending(entries: readonly ZoneHistoryEntry[]): boolean {
  return entries.every((entry, index) => {
    const previous = entries[index - 1];
    return previous === undefined || previous.since.getTime() < entry.since.getTime();
  });
}

function assertZoneHistory(history: ZoneHistory): void {
  if (history.length === 0) throw new InvalidZoneHistoryError('a zone history needs at least one zone');
  const unknown = history.find((entry) => !isValidIanaZone(entry.zone));
  if (unknown) throw new InvalidZoneHistoryError(`unknown time zone ${unknown.zone}`);
  if (!isAscending(history)) throw new InvalidZoneHistoryError('zone history out of order');
}

/** The local dates the dosage gives doses on (its course and, if weekly, its weekdays). */
function isDoseDay(dosage: Dosage, localDate: LocalDate): boolean {
  if (localDate < dosage.startDate) return false;
  if (dosage.durationDays !== null && localDate > addDays(dosage.startDate, dosage.durationDays - 1))
    return false;
  return dosage.timing.kind !== 'weekly' || dosage.timing.weekdays.includes(weekdayOf(localDate));
}

/** One entry of the history with the stretch of time it covers, `[startMs, endMs)`. */
type ZoneSpan = { zone: string; startMs: number; endMs: number };

function spansOf(history: ZoneHistory): ZoneSpan[] {
  return history.map((entry, index) => ({
    zone: entry.zone,
    startMs: entry.since.getTime(),
    endMs: history[index + 1]?.since.getTime() ?? Number.POSITIVE_INFINITY,
  }));
}

/** The first zone also covers all time before it, and the last all time after. */
function stretchEnds(spans: ZoneSpan[]): ZoneSpan[] {
  return spans.map((span, index) => ({
    ...span,
    startMs: index === 0 ? Number.NEGATIVE_INFINITY : span.startMs,
    endMs: index === spans.length - 1 ? Number.POSITIVE_INFINITY : span.endMs,
  }));
}

type Candidate = ZoneSpan & { atMs: number; resolution: LocalTimeResolution };

/**
 * The instant of one dose. Each zone of the history proposes where the local time falls in it; a
 * proposal counts when the zone is in force then. Several count after a jump back: the earliest wins.
 * None counts when a jump forward skipped the time: the proposal of the zone left behind at that jump is
 * the one "moved forward by the jump".
 */
function placeDose(
  localDate: LocalDate,
  time: TimeOfDay,
  spans: readonly ZoneSpan[],
): { atMs: number; cause: DoseTimeAdjustment['reason'] | null } {
  const candidates: Candidate[] = spans.map((span) => {
    const { at, resolution } = resolveLocalTime(localDate, time, span.zone);
    return { ...span, atMs: at.getTime(), resolution };
  });
  const inForce = candidates.filter((c) => c.atMs >= c.startMs && c.atMs < c.endMs);
  const earliest = inForce.reduce<Candidate | undefined>(
    (best, c) => (best === undefined || c.atMs < best.atMs ? c : best),
    undefined,
  );
  if (earliest) return { atMs: earliest.atMs, cause: earliest.resolution === 'gap' ? 'dst-gap' : null };
  // The first zone proposes a time after its end and the last one before its start, so some adjacent
  // pair straddles its change: the time fell in that jump.
  const skippedAt = candidates.find((c, index) => {
    const next = candidates[index + 1];
    return next !== undefined && c.atMs >= c.endMs && next.atMs < next.startMs;
  });
  if (skippedAt === undefined) throw new Error('a skipped dose time lies in a zone change');
  return { atMs: skippedAt.atMs, cause: 'zone-change' };
}

function zoneAt(spans: readonly ZoneSpan[], atMs: number): string {
  const span = spans.find((s) => atMs >= s.startMs && atMs < s.endMs);
  if (span === undefined) throw new Error('zone spans cover all time');
  return span.zone;
}

/** Offsets span UTC−12 to UTC+14 and a travel jump moves a dose by at most a day more. */
const DAYS_AROUND_WINDOW = 3;

/**
 * The scheduled doses due in `[from, to)`, in order of time (doses at the same instant, which only a
 * clock jump can cause, by key). As-needed dosages have none.
 */
export function doseOccurrences(input: {
  dosage: Dosage;
  zoneHistory: ZoneHistory;
  from: Date;
  to: Date;
}): DoseOccurrence[] {
  const { dosage, from, to } = input;
  assertZoneHistory(input.zoneHistory);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()))
    throw new RangeError('a dose window needs valid instants');
  const times = timesOfDay(dosage.timing);
  if (times.length === 0 || from.getTime() >= to.getTime()) return [];
  const allSpans = stretchEnds(spansOf(input.zoneHistory));
  // The proposals for one dose lie within about a day of each other, so zones more than three days
  // from the window can neither place a dose in it nor claim one of its doses first: the nearby zones
  // alone, the outer ones stretched over all time as the full history's are, place the same doses.
  const margin = DAYS_AROUND_WINDOW * 86_400_000;
  const spans = stretchEnds(
    allSpans.filter((s) => s.endMs > from.getTime() - margin && s.startMs < to.getTime() + margin),
  );
  const occurrences: DoseOccurrence[] = [];
  const lastDate = addDays(utcDateOf(to), DAYS_AROUND_WINDOW);
  for (let date = addDays(utcDateOf(from), -DAYS_AROUND_WINDOW); date <= lastDate; date = addDays(date, 1)) {
    if (!isDoseDay(dosage, date)) continue;
    for (const time of times) {
      const { atMs, cause } = placeDose(date, time, spans);
      if (atMs < from.getTime() || atMs >= to.getTime()) continue;
      const at = new Date(atMs);
      const zone = zoneAt(allSpans, atMs);
      const shown = localDateTimeOf(at, zone);
      const lateByMinutes = Math.round(
        (wallMs(shown.localDate, shown.localTime) - wallMs(date, time)) / 60_000,
      );
      occurrences.push({
        key: `${date}T${time}`,
        localDate: date,
        localTime: time,
        zone,
        at,
        adjustment: cause === null || lateByMinutes === 0 ? null : { reason: cause, lateByMinutes },
      });
    }
  }
  return occurrences.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}
