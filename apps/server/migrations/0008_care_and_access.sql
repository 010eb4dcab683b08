-- Who may see a patient's record besides the patient: care relationships and break-glass grants.

-- A care relationship gives a clinician access to a patient's record. Either personal (the patient
-- granted one clinician: clinician_user_id) or through an admission (the patient was admitted to an
-- organisation, whose clinicians all get access: organisation_id). Revoking keeps the row (who had
-- access when is part of the record's history); only live rows (revoked_at is null) give access.
create table care_relationships (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references patients (id) on delete cascade,
  clinician_user_id uuid references users (id) on delete cascade,
  organisation_id uuid references organisations (id) on delete cascade,
  source text not null check (source in ('patient_grant', 'admission')),
  granted_by_user_id uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  revoked_by_user_id uuid references users (id) on delete set null,
  check ((clinician_user_id is null) <> (organisation_id is null)),
  check ((source = 'patient_grant') = (clinician_user_id is not null)),
  check (revoked_at is null or revoked_at >= created_at)
);
-- At most one live relationship per patient and clinician, and per patient and organisation.
create unique index care_relationships_live_clinician_idx on care_relationships (patient_id, clinician_user_id)
  where revoked_at is null and clinician_user_id is not null;
create unique index care_relationships_live_organisation_idx on care_relationships (patient_id, organisation_id)
  where revoked_at is null and organisation_id is not null;
-- "My patients" and the policy's look-up start from the clinician or their organisations.
create index care_relationships_clinician_idx on care_relationships (clinician_user_id) where revoked_at is null;
create index care_relationships_organisation_idx on care_relationships (organisation_id) where revoked_at is null;

-- Emergency ("break-glass") access: a doctor or nurse without a care relationship opens time-limited
-- access with a stated reason, acting for one of their organisations (whose admins are alerted).
create table break_glass_grants (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references patients (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  organisation_id uuid not null references organisations (id) on delete cascade,
  reason text not null check (char_length(btrim(reason)) between 20 and 1000),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ended_at timestamptz,
  check (expires_at > created_at)
);
create index break_glass_grants_user_patient_idx on break_glass_grants (user_id, patient_id, expires_at);
create index break_glass_grants_patient_idx on break_glass_grants (patient_id, created_at);
create index break_glass_grants_organisation_idx on break_glass_grants (organisation_id, created_at);
