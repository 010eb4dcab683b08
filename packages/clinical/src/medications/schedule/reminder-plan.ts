import { z } from 'zod';
import { TimeOfDay } from '../dosage.ts';
import { DOSE_RULES } from './dose-state.ts';
import { addDays, IanaZone, localDateTimeOf, minutesOfDay, resolveLocalTime } from './zoned-time.ts';

/**
 * Which channels carry a dose reminder, and when. A dose reminder is an appointment the patient asked
 * for, so it always appears in the app (silently). Quiet hours hold back the channels that interrupt
 * (push, e-mail, text) until they end, unless the medicine is time-critical (insulin, anti-epileptics,
 * Parkinson's drugs), when the patient has said being woken is the lesser harm. A held reminder that
 * would arrive after the dose's grace period is not sent at all: "take your 22:00 dose" the next
 * morning invites a double dose; the missed-dose rules take over from there.
 */

export const REMINDER_CHANNELS = ['in-app', 'push', 'email', 'sms'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];
/** The channels that reach the patient outside the app and can wake them. */
export type IntrusiveChannel = Exclude<ReminderChannel, 'in-app'>;

/**
 * Quiet hours in the patient's zone, `[start, end)`; they cross midnight when start is later than end
 * (22:00–07:00). A start equal to its end would mean either never or always, so it is refused.
 */
export const QuietHours = z
  .object({ start: TimeOfDay, end: TimeOfDay })
  .refine((quiet) => quiet.start !== quiet.end, 'quiet hours that start and end at different times');
export type QuietHours = z.infer<typeof QuietHours>;

export const ReminderPreferences = z.object({
  zone: IanaZone,
  /** In-app reminders cannot be turned off: they are the dose list itself. */
  channels: z.object({ push: z.boolean(), email: z.boolean(), sms: z.boolean() }),
  quietHours: QuietHours.nullable(),
});
export type ReminderPreferences = z.infer<typeof ReminderPreferences>;

export type PlannedDelivery = { channel: ReminderChannel; sendAt: Date; isHeldForQuietHours: boolean };
export type WithheldDelivery = {
  channel: IntrusiveChannel;
  reason: 'disabled' | 'quiet-hours-outlast-grace' | 'past-grace';
};
export type ReminderPlan = { deliveries: PlannedDelivery[]; withheld: WithheldDelivery[] };

export function isWithinQuietHours(instant: Date, quietHours: QuietHours, zone: string): boolean {
  const clock = minutesOfDay(localDateTimeOf(instant, zone).localTime);
  const start = minutesOfDay(quietHours.start);
  const end = minutesOfDay(quietHours.end);
  return start < end ? clock >= start && clock < end : clock >= start || clock < end;
}

/** The end of the quiet hours an instant falls in (for hours crossing midnight, the next morning's end). */
export function quietHoursEndAfter(instant: Date, quietHours: QuietHours, zone: string): Date {
  const local = localDateTimeOf(instant, zone);
  const crossesMidnight = minutesOfDay(quietHours.start) > minutesOfDay(quietHours.end);
  const isEvening = crossesMidnight && minutesOfDay(local.localTime) >= minutesOfDay(quietHours.start);
  const endDate = isEvening ? addDays(local.localDate, 1) : local.localDate;
  const end = resolveLocalTime(endDate, quietHours.end, zone).at;
  // On a fall-back night the earlier of a repeated end time can come before an instant in the repeat.
  return end.getTime() > instant.getTime() ? end : instant;
}

/**
 * The deliveries of one reminder. `remindAt` is when it should go out (the due time for the first
 * reminder, later for the follow-up or a snooze); a plan made late sends at `now`.
 */
export function planReminder(input: {
  dueAt: Date;
  remindAt?: Date;
  preferences: ReminderPreferences;
  now: Date;
  isTimeCritical?: boolean;
  graceMinutes?: number;
}): ReminderPlan {
  const { preferences, now } = input;
  const graceEndMs = input.dueAt.getTime() + (input.graceMinutes ?? DOSE_RULES.defaultGraceMinutes) * 60_000;
  const sendAt = new Date(Math.max((input.remindAt ?? input.dueAt).getTime(), now.getTime()));
  const quiet = preferences.quietHours;
  const isHeld =
    quiet !== null && !input.isTimeCritical && isWithinQuietHours(sendAt, quiet, preferences.zone);
  const heldUntil = isHeld ? quietHoursEndAfter(sendAt, quiet, preferences.zone) : sendAt;

  const plan: ReminderPlan = {
    deliveries: [{ channel: 'in-app', sendAt, isHeldForQuietHours: false }],
    withheld: [],
  };
  for (const channel of ['push', 'email', 'sms'] as const) {
    if (!preferences.channels[channel]) plan.withheld.push({ channel, reason: 'disabled' });
    else if (sendAt.getTime() >= graceEndMs) plan.withheld.push({ channel, reason: 'past-grace' });
    else if (heldUntil.getTime() >= graceEndMs)
      plan.withheld.push({ channel, reason: 'quiet-hours-outlast-grace' });
    else plan.deliveries.push({ channel, sendAt: heldUntil, isHeldForQuietHours: isHeld });
  }
  return plan;
}
