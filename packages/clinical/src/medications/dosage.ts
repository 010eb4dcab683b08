import { z } from 'zod';

/**
 * A structured dosage: how much, by which route, when, for how long. It is what a prescriber signs
 * (FHIR `MedicationRequest.dosageInstruction`), what the safety checks count daily doses from, and
 * what the reminder schedule turns into dose times in the patient's own time zone.
 */

/** A wall-clock time of day, 24-hour `HH:MM`, in the patient's own time zone. */
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM (00:00–23:59)');
export type TimeOfDay = z.infer<typeof TimeOfDay>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/** The usual clock times for "N times a day" when the prescriber names none (waking hours, evenly). */
export const USUAL_TIMES: Readonly<Record<number, readonly TimeOfDay[]>> = {
  1: ['08:00'],
  2: ['08:00', '20:00'],
  3: ['08:00', '14:00', '20:00'],
  4: ['08:00', '12:00', '16:00', '20:00'],
  5: ['07:00', '11:00', '15:00', '19:00', '23:00'],
  6: ['06:00', '10:00', '14:00', '18:00', '22:00', '02:00'],
};

const distinctTimes = z
  .array(TimeOfDay)
  .min(1)
  .max(12)
  .refine((times) => new Set(times).size === times.length, 'each time only once');

export const DoseTiming = z.discriminatedUnion('kind', [
  /** N times a day at the usual times (USUAL_TIMES). */
  z.object({ kind: z.literal('times-per-day'), timesPerDay: z.number().int().min(1).max(6) }),
  /** At named clock times every day. */
  z.object({ kind: z.literal('at-times'), times: distinctTimes }),
  /**
   * Every N hours around the clock from a first dose time (every 8 hours from 06:00: 06:00, 14:00,
   * 22:00). N divides 24, so every day has the same clock times.
   */
  z.object({
    kind: z.literal('every-hours'),
    everyHours: z.union(
      [1, 2, 3, 4, 6, 8, 12, 24].map((hours) => z.literal(hours)) as [
        z.ZodLiteral<number>,
        ...z.ZodLiteral<number>[],
      ],
    ),
    firstDoseAt: TimeOfDay,
  }),
  /** On chosen weekdays at named times (methotrexate once weekly). */
  z.object({
    kind: z.literal('weekly'),
    weekdays: z
      .array(Weekday)
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'each weekday only once'),
    times: distinctTimes,
  }),
  /** As needed (PRN): no schedule, no reminders; at least `minIntervalHours` apart, at most `maxDosesPerDay`. */
  z.object({
    kind: z.literal('as-needed'),
    minIntervalHours: z.number().min(0.5).max(72),
    maxDosesPerDay: z.number().int().min(1).max(24),
    reason: z.string().min(1).max(200).nullable(),
  }),
]);
export type DoseTiming = z.infer<typeof DoseTiming>;

/** Units a dose is given in: a countable form, or an amount. */
export const DoseUnit = z.enum([
  'tablet',
  'capsule',
  'mL',
  'mg',
  'g',
  'microgram',
  'unit',
  'puff',
  'drop',
  'patch',
  'sachet',
  'suppository',
  'application',
]);
export type DoseUnit = z.infer<typeof DoseUnit>;

export const Route = z.enum([
  'oral',
  'sublingual',
  'buccal',
  'inhaled',
  'nasal',
  'topical',
  'transdermal',
  'ophthalmic',
  'otic',
  'rectal',
  'vaginal',
  'subcutaneous',
  'intramuscular',
  'intravenous',
]);
export type Route = z.infer<typeof Route>;

export const Dosage = z.object({
  doseQuantity: z.number().positive().max(10_000),
  doseUnit: DoseUnit,
  route: Route,
  timing: DoseTiming,
  /** First day, a local date (YYYY-MM-DD) in the patient's time zone. */
  startDate: z.iso.date(),
  /** Days of treatment from the start date; null while it goes on. */
  durationDays: z.number().int().min(1).max(3650).nullable(),
  /** Extra words for the patient ("with food"). */
  instructions: z.string().max(500).nullable(),
});
export type Dosage = z.infer<typeof Dosage>;

/** The clock times of a daily or weekly timing, sorted; empty for as-needed. */
export function timesOfDay(timing: DoseTiming): TimeOfDay[] {
  switch (timing.kind) {
    case 'times-per-day':
      return [...(USUAL_TIMES[timing.timesPerDay] ?? [])].sort();
    case 'at-times':
    case 'weekly':
      return [...timing.times].sort();
    case 'every-hours': {
      const [hours = 0, minutes = 0] = timing.firstDoseAt.split(':').map(Number);
      const first = hours * 60 + minutes;
      const times: TimeOfDay[] = [];
      for (let step = 0; step < 24 / timing.everyHours; step++) {
        const at = (first + step * timing.everyHours * 60) % (24 * 60);
        times.push(`${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`);
      }
      return times.sort();
    }
    case 'as-needed':
      return [];
  }
}

/**
 * The most doses the timing allows in one day: what the maximum-daily-dose check multiplies the dose
 * by (as needed: its maximum per day; weekly: the doses on one of its days).
 */
export function maxDosesPerDay(timing: DoseTiming): number {
  if (timing.kind === 'as-needed') return timing.maxDosesPerDay;
  return timesOfDay(timing).length;
}
