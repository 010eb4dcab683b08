-- Failed sign-ins counted per e-mail address (whether or not an account has it, so the answers do
-- not reveal which addresses exist) and per source address, for progressive delays and lockout.
create table sign_in_throttle (
  key text primary key check (length(key) between 3 and 300),
  failures integer not null check (failures >= 0),
  first_failure_at timestamptz not null,
  next_attempt_at timestamptz not null,
  locked_until timestamptz
);
create index sign_in_throttle_next_attempt_at_idx on sign_in_throttle (next_attempt_at);
