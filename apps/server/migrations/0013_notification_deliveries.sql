-- Notification delivery beyond the app: web push, e-mail and SMS. The in-app notification (table
-- notifications, 0010) is the record; each external channel it goes out on gets one row here, an outbox
-- that a background job works through.

-- One channel of one notification. status: pending (waiting until due_at), sending (an attempt is
-- running: claimed_at is set; a worker that dies mid-attempt leaves it so, and the message is never
-- sent twice), sent, skipped (the user cannot be reached on that channel: no push subscription, no
-- phone number; last_error says which) or failed (no attempts left, or the provider refused for good).
-- A failed attempt with attempts left goes back to pending with a later due_at.
create table notification_deliveries (
  id uuid primary key,
  notification_id uuid not null references notifications (id) on delete cascade,
  channel text not null check (channel in ('push', 'email', 'sms')),
  status text not null check (status in ('pending', 'sending', 'sent', 'skipped', 'failed')),
  due_at timestamptz not null,
  attempts integer not null default 0 check (attempts between 0 and 20),
  claimed_at timestamptz,
  finished_at timestamptz,
  -- A reason code or a provider's status (never a message text, a number or an address).
  last_error text check (length(last_error) <= 200),
  created_at timestamptz not null,
  unique (notification_id, channel),
  check ((status = 'sending') = (claimed_at is not null)),
  check ((status in ('sent', 'skipped', 'failed')) = (finished_at is not null))
);
create index notification_deliveries_due_idx on notification_deliveries (due_at) where status = 'pending';

-- The platform's VAPID key pair for web push, made on first use when VAPID_PUBLIC_KEY and
-- VAPID_PRIVATE_KEY are not configured. One row; the private key is envelope-encrypted (context
-- web-push-key:<id>). Keeping it matters: subscriptions are bound to the public key.
create table web_push_keys (
  id text primary key check (id = 'vapid'),
  public_key text not null check (public_key ~ '^[A-Za-z0-9_-]{87}$'),
  private_key_envelope text not null check (private_key_envelope like 'nx1.%'),
  created_at timestamptz not null
);

-- Delivery looks up a user's browsers by user.
create index push_subscriptions_user_idx on push_subscriptions (user_id);

-- A mobile number for SMS notifications, in E.164 (+ country code and number, up to 15 digits).
alter table users add column phone_e164 text check (phone_e164 ~ '^\+[1-9][0-9]{6,14}$');
