-- Clinical decision support: the doctors' review queue for risk results, in-app notifications, and
-- what the nightly assessment has already seen. The results themselves are FHIR RiskAssessments in the
-- FHIR store; the diagnoses, orders and plans a review creates are FHIR resources too.

-- A risk result that needs a doctor's review. One row per result that entered the queue; a newer
-- result of the same module for the same patient supersedes a pending one (kept, with its status).
-- The decision note is free text about the patient, so it is envelope-encrypted (context
-- risk-review:<id>). created_resources lists what the decision wrote (Condition/…, ServiceRequest/…).
create table risk_reviews (
  id uuid primary key,
  patient_id uuid not null references patients (id) on delete cascade,
  risk_assessment_id text not null,
  module_id text not null check (module_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  module_version text not null,
  category text not null check (category in ('low', 'borderline', 'intermediate', 'high', 'very-high')),
  probability double precision check (probability between 0 and 1),
  status text not null check (status in ('pending', 'confirmed', 'adjusted', 'rejected', 'superseded')),
  created_at timestamptz not null,
  decided_at timestamptz,
  decided_by_user_id uuid references users (id) on delete set null,
  decision_note_envelope text check (decision_note_envelope like 'nx1.%'),
  adjusted_category text check (adjusted_category in ('low', 'borderline', 'intermediate', 'high', 'very-high')),
  created_resources jsonb not null default '[]'::jsonb,
  check ((status in ('pending', 'superseded')) = (decided_at is null)),
  check ((status in ('confirmed', 'adjusted', 'rejected')) = (decision_note_envelope is not null)),
  check ((status = 'adjusted') = (adjusted_category is not null))
);
create unique index risk_reviews_pending_idx on risk_reviews (patient_id, module_id) where status = 'pending';
create index risk_reviews_patient_idx on risk_reviews (patient_id, created_at desc);
create index risk_reviews_open_idx on risk_reviews (created_at) where status = 'pending';

-- In-app notifications. They carry no health data: a kind, a fixed sentence and a link into the app,
-- where the page checks access again. Read ones are kept until purged with the account.
create table notifications (
  id uuid primary key,
  user_id uuid not null references users (id) on delete cascade,
  kind text not null check (kind in ('risk-review')),
  title text not null check (length(title) between 1 and 200),
  link text not null check (link like '/%'),
  created_at timestamptz not null,
  read_at timestamptz
);
create index notifications_user_idx on notifications (user_id, created_at desc);
create index notifications_unread_idx on notifications (user_id) where read_at is null;

-- The nightly assessment: when each patient's inputs were last assessed. A patient whose record
-- changed after inputs_seen_at (a resource of the types the modules read was written) is due again.
create table risk_assessment_runs (
  patient_id uuid primary key references patients (id) on delete cascade,
  inputs_seen_at timestamptz not null
);
