import { IanaZone } from '@nexus/clinical';
import { z } from 'zod';

/**
 * Dose reminders as the patient portal uses them: the day's doses with what can be done to each
 * (take, skip, snooze), the patient's reminder preferences, and adherence for patient and doctor.
 */

const TimeOfDayText = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const ReminderPreferencesView = z.object({
  zone: IanaZone,
  channels: z.object({ push: z.boolean(), email: z.boolean(), sms: z.boolean() }),
  quietHours: z.object({ start: TimeOfDayText, end: TimeOfDayText }).nullable(),
  graceMinutes: z.number().int().min(15).max(360),
  caregiverEmail: z.email().nullable(),
  notifyDoctor: z.boolean(),
  refillAlertDays: z.number().int().min(1).max(60),
});
export type ReminderPreferencesView = z.infer<typeof ReminderPreferencesView>;

export const UpdateReminderPreferences = ReminderPreferencesView.refine(
  (preferences) =>
    preferences.quietHours === null || preferences.quietHours.start !== preferences.quietHours.end,
  { message: 'Quiet hours must start and end at different times.', path: ['quietHours'] },
);

export const DoseStatusView = z.enum([
  'scheduled',
  'reminded',
  'snoozed',
  'taken',
  'taken-late',
  'skipped',
  'missed',
]);

export const DoseView = z.object({
  id: z.string(),
  medicine: z.string(),
  dosageText: z.string(),
  dueAt: z.string(),
  /** The patient's clock time of the dose, in the zone they were in. */
  localTime: z.string(),
  status: DoseStatusView,
  snoozedUntil: z.string().nullable(),
  takenAt: z.string().nullable(),
  /** Snooze lengths (minutes) still open now; empty when the dose cannot be snoozed. */
  snoozeOptions: z.array(z.number().int()),
  /** Whether taking or skipping can still be recorded. */
  canRecord: z.boolean(),
});
export type DoseView = z.infer<typeof DoseView>;

export const DoseList = z.object({ zone: z.string(), doses: z.array(DoseView) });
export type DoseList = z.infer<typeof DoseList>;

export const DoseParams = z.object({ patientId: z.uuid(), doseId: z.uuid() });

export const DoseAction = z.discriminatedUnion('action', [
  /** `takenAt` defaults to now; a patient can say they took it earlier. */
  z.object({ action: z.literal('take'), takenAt: z.iso.datetime({ offset: true }).optional() }),
  z.object({ action: z.literal('skip') }),
  z.object({
    action: z.literal('snooze'),
    minutes: z.union(
      [5, 10, 15, 30, 60].map((m) => z.literal(m)) as [z.ZodLiteral<number>, ...z.ZodLiteral<number>[]],
    ),
  }),
]);
export type DoseAction = z.infer<typeof DoseAction>;

export const AdherenceSummaryView = z.object({
  scheduled: z.number().int(),
  taken: z.number().int(),
  takenLate: z.number().int(),
  skipped: z.number().int(),
  missed: z.number().int(),
  pending: z.number().int(),
  proportionTaken: z.number().nullable(),
  proportionOnTime: z.number().nullable(),
});

export const AdherenceView = z.object({
  windows: z.array(
    z.object({
      days: z.number().int(),
      overall: AdherenceSummaryView,
      byMedication: z.array(AdherenceSummaryView.extend({ medicationId: z.string(), medicine: z.string() })),
    }),
  ),
  daily: z.array(
    z.object({
      localDate: z.string(),
      scheduled: z.number().int(),
      taken: z.number().int(),
      missed: z.number().int(),
    }),
  ),
  refills: z.array(
    z.object({
      prescriptionId: z.string(),
      medicine: z.string(),
      remainingUnits: z.number(),
      daysOfSupply: z.number(),
      isRefillDue: z.boolean(),
    }),
  ),
});
export type AdherenceView = z.infer<typeof AdherenceView>;

export const PoorAdherenceList = z.object({
  thresholdProportion: z.number(),
  patients: z.array(
    z.object({
      patientId: z.string(),
      patientName: z.string(),
      proportionTaken: z.number(),
      missed: z.number().int(),
      scheduled: z.number().int(),
    }),
  ),
});
export type PoorAdherenceList = z.infer<typeof PoorAdherenceList>;
