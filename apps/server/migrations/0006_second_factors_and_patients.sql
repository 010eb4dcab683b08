-- Two factors for every account, sign-in sessions that pass through a second-factor step, and the
-- patient record every patient account owns (care relationships and the audit log point at it).

-- A session starts at 'second_factor' (password checked) or 'enrolment' (password checked, no factor
-- enrolled yet) and only reaches 'complete' through a second factor; sign-in then issues a new token
-- (the half-way token stops working). second_factor_at is when a second factor was last proven on it:
-- sensitive changes (removing a factor) need it to be recent.
alter table sessions add column stage text not null default 'complete'
  check (stage in ('second_factor', 'enrolment', 'complete'));
alter table sessions add column second_factor_at timestamptz;

-- An authenticator app (RFC 6238). Secrets are envelope-encrypted (context totp:<user id>). The
-- confirmed secret is the one in force; a new one being set up waits in pending_secret_envelope until
-- the user proves it with a code, so replacing an app never leaves the account without one.
-- last_used_step stops a code being used twice.
create table totp_authenticators (
  user_id uuid primary key references users (id) on delete cascade,
  secret_envelope text,
  confirmed_at timestamptz,
  last_used_step bigint,
  pending_secret_envelope text,
  pending_since timestamptz,
  created_at timestamptz not null default now(),
  check ((secret_envelope is null) = (confirmed_at is null))
);

-- Ten one-time recovery codes per account, kept only as SHA-256 (each code carries 80 random bits).
create table recovery_codes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  code_hash text not null check (length(code_hash) = 64),
  used_at timestamptz,
  created_at timestamptz not null default now(),
  unique (user_id, code_hash)
);

-- WebAuthn credentials (passkeys and security keys) used as a second factor.
create table passkeys (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  credential_id text not null unique,
  public_key bytea not null,
  sign_count bigint not null default 0,
  transports text[] not null default '{}',
  name text not null check (length(name) between 1 and 80),
  created_at timestamptz not null default now(),
  last_used_at timestamptz
);
create index passkeys_user_id_idx on passkeys (user_id);

-- WebAuthn challenges, one outstanding per session and purpose, short-lived and used once.
create table webauthn_challenges (
  session_id uuid not null references sessions (id) on delete cascade,
  purpose text not null check (purpose in ('register', 'authenticate')),
  challenge text not null,
  expires_at timestamptz not null,
  primary key (session_id, purpose)
);

-- A patient's record. It may belong to an account (the patient signs in) or not (admitted patients
-- without an account, records from other systems); health data hangs off patients.id, never users.id.
create table patients (
  id uuid primary key default gen_random_uuid(),
  user_id uuid unique references users (id) on delete set null,
  display_name text not null check (length(display_name) between 1 and 200),
  created_at timestamptz not null default now()
);

-- Wrong second-factor codes on a half-way session: after a few, the session ends (and every wrong code
-- also counts towards the account's sign-in lockout).
alter table sessions add column second_factor_failures integer not null default 0;

-- Personal API tokens for integrations: scoped, expiring, stored only as SHA-256.
create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  name text not null check (length(name) between 1 and 80),
  token_hash text not null unique check (length(token_hash) = 64),
  scopes text[] not null check (scopes <@ array['read', 'write']::text[] and cardinality(scopes) > 0),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_user_id_idx on api_tokens (user_id);
