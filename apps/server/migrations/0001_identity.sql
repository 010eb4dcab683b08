-- Organisations, the people in them, their roles, and their sign-in sessions.

create table organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('clinic', 'hospital', 'pharmacy', 'blood_bank')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null unique check (email = lower(email) and length(email) between 3 and 254),
  display_name text not null check (length(display_name) between 1 and 200),
  password_hash text not null,
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  organisation_id uuid not null references organisations (id) on delete cascade,
  role text not null check (role in (
    'patient', 'doctor', 'nurse', 'pharmacist', 'dietitian',
    'blood_bank_staff', 'donor', 'org_admin', 'platform_admin'
  )),
  created_at timestamptz not null default now(),
  unique (user_id, organisation_id, role)
);
create index memberships_organisation_id_idx on memberships (organisation_id);

-- A session is looked up by the SHA-256 of its cookie token, so a leaked table grants no sign-in.
create table sessions (
  token_hash text primary key check (length(token_hash) = 64),
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index sessions_user_id_idx on sessions (user_id);
create index sessions_expires_at_idx on sessions (expires_at);
