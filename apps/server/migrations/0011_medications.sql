-- Medications: signed prescriptions and their dispensing, the safety alerts a prescriber overrode,
-- and the reminder schedules with their doses. The clinical statements themselves (MedicationRequest,
-- MedicationStatement, MedicationDispense) are FHIR resources in the FHIR store; these tables hold
-- what must be counted, locked and scheduled.

-- A signed prescription: the FHIR MedicationRequest with the same id, its signed token (JWS) and what
-- has been dispensed of it. authorised_units is the quantity times (1 + refills); a dispense adds to
-- dispensed_units with one conditional UPDATE, so two pharmacists at once can never dispense past it.
create table prescriptions (
  id uuid primary key,
  patient_id uuid not null references patients (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  prescriber_user_id uuid not null references users (id),
  product_id text not null check (product_id ~ '^[a-z0-9][a-z0-9.-]{0,99}$'),
  dosage jsonb not null,
  quantity_units integer not null check (quantity_units between 1 and 10000),
  refills integer not null check (refills between 0 and 12),
  authorised_units integer not null,
  dispensed_units integer not null default 0,
  status text not null check (status in ('active', 'completed', 'cancelled')),
  signed_at timestamptz not null,
  expires_at timestamptz not null,
  token text not null,
  -- Sent straight to one pharmacy's queue, or null: any pharmacy that is shown the code.
  pharmacy_organisation_id uuid references organisations (id),
  cancelled_at timestamptz,
  cancelled_by_user_id uuid references users (id),
  check (authorised_units = quantity_units * (refills + 1)),
  check (dispensed_units between 0 and authorised_units),
  check (expires_at > signed_at),
  check ((status = 'cancelled') = (cancelled_at is not null)),
  check ((status = 'completed') = (dispensed_units = authorised_units and status <> 'cancelled'))
);
create index prescriptions_patient_idx on prescriptions (patient_id, signed_at desc);
create index prescriptions_pharmacy_queue_idx on prescriptions (pharmacy_organisation_id, signed_at)
  where status = 'active' and pharmacy_organisation_id is not null;

-- Each dispense (a partial fill is one row). The idempotency key makes a retried request a no-op.
create table prescription_dispenses (
  id uuid primary key,
  prescription_id uuid not null references prescriptions (id) on delete cascade,
  pharmacy_organisation_id uuid not null references organisations (id),
  pharmacist_user_id uuid not null references users (id),
  units integer not null check (units > 0),
  dispensed_at timestamptz not null,
  idempotency_key text not null check (length(idempotency_key) between 8 and 100),
  unique (prescription_id, idempotency_key)
);

-- A major or contraindicated safety alert the prescriber signed through, with their reason (free text
-- about the patient: envelope-encrypted, context prescription-override:<id>).
create table prescription_alert_overrides (
  id uuid primary key,
  prescription_id uuid not null references prescriptions (id) on delete cascade,
  alert_kind text not null,
  severity text not null check (severity in ('contraindicated', 'major')),
  alert_key text not null,
  alert_title text not null check (length(alert_title) between 1 and 500),
  reason_envelope text not null check (reason_envelope like 'nx1.%'),
  overridden_by_user_id uuid not null references users (id),
  created_at timestamptz not null
);
create index prescription_alert_overrides_idx on prescription_alert_overrides (prescription_id);

-- A medicine the patient takes on a schedule, with reminders: from a prescription, or one the patient
-- added themself (MedicationStatement). The medicine's name stays in the FHIR resource: reminders on a
-- lock screen, in an SMS or an e-mail say "your 08:00 medicines", never which.
create table medication_schedules (
  id uuid primary key,
  patient_id uuid not null references patients (id) on delete cascade,
  source_type text not null check (source_type in ('MedicationRequest', 'MedicationStatement')),
  source_id text not null,
  dosage jsonb not null,
  is_time_critical boolean not null default false,
  is_active boolean not null default true,
  -- Dose rows exist up to here; the planner extends it.
  planned_until timestamptz,
  created_at timestamptz not null,
  unique (source_type, source_id)
);
create index medication_schedules_patient_idx on medication_schedules (patient_id) where is_active;

-- One scheduled dose. occurrence_key is the local date and time it was scheduled for
-- (2026-03-29T08:00): the same dose always has the same key, so planning twice never makes two.
create table dose_events (
  id uuid primary key,
  schedule_id uuid not null references medication_schedules (id) on delete cascade,
  patient_id uuid not null references patients (id) on delete cascade,
  occurrence_key text not null,
  due_at timestamptz not null,
  status text not null check (status in ('scheduled', 'reminded', 'snoozed', 'taken', 'taken-late', 'skipped', 'missed')),
  snoozed_until timestamptz,
  snooze_count integer not null default 0 check (snooze_count between 0 and 10),
  reminded_at timestamptz,
  followed_up_at timestamptz,
  caregiver_notified_at timestamptz,
  -- When the patient says they took it, and when they told us (taken, taken-late, skipped).
  taken_at timestamptz,
  recorded_at timestamptz,
  missed_at timestamptz,
  unique (schedule_id, occurrence_key),
  check ((status = 'snoozed') = (snoozed_until is not null)),
  check ((status in ('taken', 'taken-late')) = (taken_at is not null)),
  check ((status in ('taken', 'taken-late', 'skipped')) = (recorded_at is not null)),
  check (status <> 'missed' or missed_at is not null)
);
create index dose_events_open_idx on dose_events (due_at) where status in ('scheduled', 'reminded', 'snoozed');
create index dose_events_patient_idx on dose_events (patient_id, due_at desc);

-- How and when a patient wants reminders. zone_history is their time zones over time
-- ([{zone, since}], newest last): a trip adds an entry, and doses follow local time.
create table reminder_preferences (
  patient_id uuid primary key references patients (id) on delete cascade,
  zone_history jsonb not null,
  channels jsonb not null,
  quiet_start text check (quiet_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  quiet_end text check (quiet_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  grace_minutes integer not null default 60 check (grace_minutes between 15 and 360),
  notify_caregiver_email text check (length(notify_caregiver_email) between 3 and 254),
  notify_doctor boolean not null default false,
  refill_alert_days integer not null default 7 check (refill_alert_days between 1 and 60),
  updated_at timestamptz not null,
  check ((quiet_start is null) = (quiet_end is null))
);

-- A browser's web-push subscription (VAPID), per user.
create table push_subscriptions (
  id uuid primary key,
  user_id uuid not null references users (id) on delete cascade,
  endpoint text not null unique check (endpoint like 'https://%'),
  p256dh text not null,
  auth text not null,
  created_at timestamptz not null
);

-- The notifications of medicines: dose reminders and follow-ups, prescription status changes, refills.
-- A dose has at most one notification of each kind (the unique index is the "never twice").
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
  check (kind in ('risk-review', 'dose-reminder', 'dose-follow-up', 'missed-dose', 'prescription', 'refill'));
alter table notifications add column dose_event_id uuid references dose_events (id) on delete cascade;
create unique index notifications_dose_idx on notifications (dose_event_id, kind) where dose_event_id is not null;
