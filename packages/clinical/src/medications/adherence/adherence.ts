import { type DoseStatus, isOpenStatus } from '../schedule/dose-state.ts';
import { addDays, type LocalDate } from '../schedule/zoned-time.ts';

/**
 * Adherence as the proportion of scheduled doses taken (PDT): of the doses that were due in a window
 * and are settled, how many the patient recorded as taken. It is measured from the dose records this
 * platform keeps, dose by dose, so it can say which doses were missed and when (morning or evening,
 * weekdays or weekends), which is what a patient and clinician can act on. The proportion of days
 * covered (PDC) is the usual alternative; it counts days with medicine in hand from pharmacy refills,
 * says nothing about whether a dose was taken, and needs dispensing data we do not always have.
 *
 * - Due before `now` and in the last N × 24 hours: the window is about instants, so it means the same in
 *   any zone; the daily series is by the patient's local date of each dose.
 * - Taken late counts as taken (the medicine was taken) and is also reported on its own.
 * - Skipped counts as not taken, even when the patient had a reason: the measure is of doses taken;
 *   the skips are reported so a clinician can see them.
 * - A dose still open (reminded, snoozed, within its grace period) is `pending` and left out of the
 *   proportion, so today's adherence does not dip while the patient still has time.
 */

export type AdherenceDose = {
  medicationId: string;
  dueAt: Date;
  /** The patient's local date of the dose (its occurrence's `localDate`). */
  localDate: LocalDate;
  status: DoseStatus;
};

export type AdherenceCounts = {
  scheduled: number;
  taken: number;
  takenLate: number;
  skipped: number;
  missed: number;
  pending: number;
};

export type AdherenceSummary = AdherenceCounts & {
  /** (taken + taken late) / settled doses; null when no dose is settled yet. */
  proportionTaken: number | null;
  /** taken on time / settled doses. */
  proportionOnTime: number | null;
};

export type AdherenceWindow = {
  days: number;
  overall: AdherenceSummary;
  byMedication: ({ medicationId: string } & AdherenceSummary)[];
};

export type AdherenceDay = { localDate: LocalDate } & AdherenceCounts;

export type AdherenceReport = {
  windows: AdherenceWindow[];
  /** One entry per local day, with no gaps, over the longest window. */
  daily: { overall: AdherenceDay[]; byMedication: { medicationId: string; days: AdherenceDay[] }[] };
};

export const ADHERENCE_WINDOWS_DAYS = [7, 30, 90] as const;

function countDoses(doses: readonly AdherenceDose[]): AdherenceCounts {
  const counts: AdherenceCounts = { scheduled: 0, taken: 0, takenLate: 0, skipped: 0, missed: 0, pending: 0 };
  for (const dose of doses) {
    counts.scheduled += 1;
    if (isOpenStatus(dose.status)) counts.pending += 1;
    else if (dose.status === 'taken') counts.taken += 1;
    else if (dose.status === 'taken-late') counts.takenLate += 1;
    else if (dose.status === 'skipped') counts.skipped += 1;
    else counts.missed += 1;
  }
  return counts;
}

function summarise(doses: readonly AdherenceDose[]): AdherenceSummary {
  const counts = countDoses(doses);
  const settled = counts.scheduled - counts.pending;
  return {
    ...counts,
    proportionTaken: settled === 0 ? null : (counts.taken + counts.takenLate) / settled,
    proportionOnTime: settled === 0 ? null : counts.taken / settled,
  };
}

function groupBy(doses: readonly AdherenceDose[], keyOf: (dose: AdherenceDose) => string) {
  const groups = new Map<string, AdherenceDose[]>();
  for (const dose of doses) {
    const key = keyOf(dose);
    const group = groups.get(key);
    if (group) group.push(dose);
    else groups.set(key, [dose]);
  }
  return groups;
}

function byMedication(doses: readonly AdherenceDose[]): [string, AdherenceDose[]][] {
  return [...groupBy(doses, (dose) => dose.medicationId)].sort(([a], [b]) => a.localeCompare(b));
}

function dailySeries(doses: readonly AdherenceDose[]): AdherenceDay[] {
  const byDate = groupBy(doses, (dose) => dose.localDate);
  const dates = [...byDate.keys()].sort();
  const [first] = dates;
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return [];
  const days: AdherenceDay[] = [];
  for (let date = first; date <= last; date = addDays(date, 1))
    days.push({ localDate: date, ...countDoses(byDate.get(date) ?? []) });
  return days;
}

/** Adherence per window (overall and per medication) and the daily series for charts. */
export function adherence(input: {
  doses: readonly AdherenceDose[];
  now: Date;
  windowsDays?: readonly number[];
}): AdherenceReport {
  const windowsDays = input.windowsDays ?? ADHERENCE_WINDOWS_DAYS;
  if (windowsDays.length === 0 || !windowsDays.every((days) => Number.isInteger(days) && days > 0))
    throw new RangeError('adherence windows are whole numbers of days, at least one');
  const nowMs = input.now.getTime();
  const dueWithin = (days: number) =>
    input.doses.filter((dose) => {
      const dueMs = dose.dueAt.getTime();
      return dueMs < nowMs && dueMs >= nowMs - days * 86_400_000;
    });
  const longest = dueWithin(Math.max(...windowsDays));
  return {
    windows: windowsDays.map((days) => {
      const due = dueWithin(days);
      return {
        days,
        overall: summarise(due),
        byMedication: byMedication(due).map(([medicationId, doses]) => ({
          medicationId,
          ...summarise(doses),
        })),
      };
    }),
    daily: {
      overall: dailySeries(longest),
      byMedication: byMedication(longest).map(([medicationId, doses]) => ({
        medicationId,
        days: dailySeries(doses),
      })),
    },
  };
}
