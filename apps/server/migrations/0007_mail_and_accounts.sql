-- Outgoing e-mail and the account flows that send it: self-registration with e-mail verification,
-- password reset by e-mail link, and invitations to an organisation.

-- Every e-mail the platform sends, kept as an outbox: delivered by SMTP when it is configured, and in
-- any case readable by platform administrators (and, in the demo, by the recipient address itself).
-- Bodies carry sign-in links, so they are envelope-encrypted (context outbox:<id>). claimed_at marks a
-- delivery attempt in progress: a worker that dies mid-attempt leaves it set, and the mail is not sent
-- twice (it shows as stuck in the admin outbox instead). retry_at is when a failed attempt may be retried.
create table outbox_emails (
  id uuid primary key,
  recipient text not null check (length(recipient) between 3 and 254),
  subject text not null check (length(subject) between 1 and 200),
  body_envelope text not null check (body_envelope like 'nx1.%'),
  created_at timestamptz not null,
  sent_at timestamptz,
  attempts integer not null default 0 check (attempts >= 0),
  last_error text check (length(last_error) <= 200),
  claimed_at timestamptz,
  retry_at timestamptz
);
create index outbox_emails_created_at_idx on outbox_emails (created_at desc, id desc);
create index outbox_emails_recipient_idx on outbox_emails (recipient, created_at desc);
create index outbox_emails_unsent_idx on outbox_emails (created_at) where sent_at is null;

-- A sign-up waiting for its e-mail address to be verified. The account is only created from it when
-- the link's token comes back; only the token's SHA-256 is stored. A sign-up for an address that
-- already has an account is stored too, already used (its token is never sent): both cases do the
-- same work, so response times do not reveal which addresses have accounts.
create table pending_registrations (
  id uuid primary key default gen_random_uuid(),
  email text not null check (email = lower(email) and length(email) between 3 and 254),
  display_name text not null check (length(display_name) between 1 and 200),
  password_hash text not null,
  token_hash text not null unique check (length(token_hash) = 64),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index pending_registrations_expires_at_idx on pending_registrations (expires_at);

-- Password-reset links: single use, short-lived; a new request invalidates the user's older ones.
-- user_id is null for requests about addresses without a usable account (recorded used, for equal
-- timing, like pending_registrations above).
create table password_resets (
  id uuid primary key default gen_random_uuid(),
  user_id uuid references users (id) on delete cascade,
  token_hash text not null unique check (length(token_hash) = 64),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index password_resets_user_id_idx on password_resets (user_id);
create index password_resets_expires_at_idx on password_resets (expires_at);

-- An organisation administrator's invitation to join with a role (never platform_admin). Accepting
-- creates the account, or adds the membership to the existing account after its password is given;
-- a few wrong passwords revoke the invitation.
create table invitations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id) on delete cascade,
  email text not null check (email = lower(email) and length(email) between 3 and 254),
  display_name text not null check (length(display_name) between 1 and 200),
  role text not null check (role in (
    'patient', 'doctor', 'nurse', 'pharmacist', 'dietitian', 'blood_bank_staff', 'donor', 'org_admin'
  )),
  token_hash text not null unique check (length(token_hash) = 64),
  invited_by uuid references users (id) on delete set null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by uuid references users (id) on delete set null,
  revoked_at timestamptz,
  failed_attempts integer not null default 0 check (failed_attempts >= 0)
);
create index invitations_organisation_id_idx on invitations (organisation_id, created_at desc);
create index invitations_email_idx on invitations (email);

-- Requests that send e-mail to an address someone typed in (sign-up, password reset), counted per
-- source address and per e-mail address (as SHA-256) in fixed windows, so nobody can flood a mailbox
-- or use the platform to send mail in bulk.
create table account_request_limits (
  key text primary key check (length(key) between 3 and 200),
  window_started_at timestamptz not null,
  requests integer not null check (requests >= 0)
);
create index account_request_limits_window_started_at_idx on account_request_limits (window_started_at);
