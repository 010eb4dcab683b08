import type { ColumnType } from 'kysely';

type Json = ColumnType<unknown, string, string>;

export type DoseEventStatus =
  | 'scheduled'
  | 'reminded'
  | 'snoozed'
  | 'taken'
  | 'taken-late'
  | 'skipped'
  | 'missed';

export type MedicationSchedulesTable = {
  id: string;
  patient_id: string;
  source_type: 'MedicationRequest' | 'MedicationStatement';
  source_id: string;
  dosage: Json;
  is_time_critical: ColumnType<boolean, boolean | undefined, boolean>;
  is_active: ColumnType<boolean, boolean | undefined, boolean>;
  planned_until: Date | null;
  created_at: Date;
};

export type DoseEventsTable = {
  id: string;
  schedule_id: string;
  patient_id: string;
  occurrence_key: string;
  due_at: Date;
  status: DoseEventStatus;
  snoozed_until: Date | null;
  snooze_count: ColumnType<number, number | undefined, number>;
  reminded_at: Date | null;
  followed_up_at: Date | null;
  caregiver_notified_at: Date | null;
  taken_at: Date | null;
  recorded_at: Date | null;
  missed_at: Date | null;
};

export type ReminderPreferencesTable = {
  patient_id: string;
  zone_history: Json;
  channels: Json;
  quiet_start: string | null;
  quiet_end: string | null;
  grace_minutes: number;
  notify_caregiver_email: string | null;
  notify_doctor: boolean;
  refill_alert_days: number;
  updated_at: Date;
};

export type RemindersTables = {
  medication_schedules: MedicationSchedulesTable;
  dose_events: DoseEventsTable;
  reminder_preferences: ReminderPreferencesTable;
};
