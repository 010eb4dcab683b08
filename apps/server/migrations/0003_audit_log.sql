-- The tamper-evident audit log. Each entry commits to the one before it (hash chain); signed
-- checkpoints commit to the chain's head, so even a rewrite of the whole chain is detected by
-- `npm run audit:verify`. The database itself refuses to change or remove entries.

create table audit_events (
  seq bigint primary key check (seq > 0),
  occurred_at timestamptz not null,
  actor_user_id uuid,
  action text not null check (action ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
  outcome text not null check (outcome in ('success', 'failure', 'denied')),
  patient_id uuid,
  resource_type text,
  resource_id text,
  source_ip text,
  request_id text,
  details jsonb not null default '{}'::jsonb,
  prev_hash text not null check (length(prev_hash) = 64),
  hash text not null unique check (length(hash) = 64)
);
create index audit_events_patient_id_idx on audit_events (patient_id, seq) where patient_id is not null;
create index audit_events_actor_user_id_idx on audit_events (actor_user_id, seq) where actor_user_id is not null;

-- One row: the chain's head. Appending locks it, so entries get consecutive numbers.
create table audit_chain_head (
  id boolean primary key default true check (id),
  last_seq bigint not null,
  last_hash text not null check (length(last_hash) = 64)
);
insert into audit_chain_head (last_seq, last_hash) values (0, repeat('0', 64));

create table audit_checkpoints (
  seq bigint primary key,
  hash text not null check (length(hash) = 64),
  signed_at timestamptz not null,
  key_id text not null,
  signature text not null
);

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'the audit log is append-only: % on % is refused', tg_op, tg_table_name
    using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_events_append_only before update or delete on audit_events
  for each row execute function audit_refuse_change();
create trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function audit_refuse_change();
create trigger audit_checkpoints_append_only before update or delete on audit_checkpoints
  for each row execute function audit_refuse_change();
create trigger audit_checkpoints_no_truncate before truncate on audit_checkpoints
  for each statement execute function audit_refuse_change();
