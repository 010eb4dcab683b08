/** Dose times in the patient's zone, reminder delivery, and the life of each dose: pure, no I/O. */

export {
  type DoseOccurrence,
  type DoseOccurrenceKey,
  type DoseTimeAdjustment,
  doseOccurrences,
  InvalidZoneHistoryError,
  ZoneHistory,
  type ZoneHistoryEntry,
} from './dose-occurrences.ts';
export {
  DOSE_RULES,
  type DoseContext,
  type DoseEvent,
  type DoseState,
  type DoseStatus,
  type DoseTransition,
  type DoseTransitionRefusal,
  GraceMinutes,
  graceEndsAt,
  IllegalDoseTransitionError,
  isOpenDose,
  isOpenStatus,
  OPEN_DOSE_STATUSES,
  type OpenDoseStatus,
  replayDose,
  SNOOZE_MINUTES,
  type SnoozeMinutes,
  snoozeOptions,
  snoozeUntil,
  transitionDose,
} from './dose-state.ts';
export { type DoseActionsDue, type DoseTimeline, doseActionsDue, doseTimeline } from './missed-dose.ts';
export {
  type IntrusiveChannel,
  isWithinQuietHours,
  type PlannedDelivery,
  planReminder,
  QuietHours,
  quietHoursEndAfter,
  REMINDER_CHANNELS,
  type ReminderChannel,
  type ReminderPlan,
  ReminderPreferences,
  type WithheldDelivery,
} from './reminder-plan.ts';
export {
  IanaZone,
  isValidIanaZone,
  type LocalDate,
  type LocalTimeResolution,
  localDateTimeOf,
  resolveLocalTime,
} from './zoned-time.ts';
