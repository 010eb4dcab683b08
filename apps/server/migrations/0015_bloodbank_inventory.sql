-- Blood bank inventory (spec §3.6, §3.7, §3.11, §3.13): storage locations, units with their holds,
-- allocations to patients, the append-only history of every unit, discards and returns. Statuses are
-- one column changed only by guarded single-statement UPDATEs (status and version in the WHERE);
-- expiry is never a status: decisions compare expires_at with the service's clock.

-- Where units are kept: a tree per organisation (site → blood bank → device → shelf). Devices carry
-- the range they must hold (°C); a parent is always in the same organisation (composite key).
create table bloodbank_storage_locations (
  id uuid primary key,
  organisation_id uuid not null references organisations (id),
  parent_id uuid,
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('site', 'blood_bank', 'refrigerator', 'freezer', 'platelet_agitator',
    'validated_cooler', 'ward_fridge', 'shipment', 'shelf')),
  min_c numeric(5, 1),
  max_c numeric(5, 1),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  unique (organisation_id, id),
  foreign key (organisation_id, parent_id) references bloodbank_storage_locations (organisation_id, id),
  check (parent_id is null or parent_id <> id),
  check (min_c is null or max_c is null or min_c <= max_c)
);
create index bloodbank_storage_locations_parent_idx on bloodbank_storage_locations (organisation_id, parent_id);

-- One blood component. Identity is (DIN, product code, division) (ISBT 128); component_type is an id
-- of the dating table (packages/clinical bloodbank US_COMPONENT_TYPES); expires_at is exclusive (the
-- instant itself is expired). version increases with every change: the guard of every transition.
create table bloodbank_units (
  id uuid primary key,
  organisation_id uuid not null references organisations (id),
  din text not null check (length(din) between 1 and 64),
  product_code text not null check (length(product_code) between 1 and 100),
  division text not null default '00' check (length(division) between 1 and 8),
  component_type text not null check (component_type ~ '^[a-z0-9_]{1,40}$'),
  category text not null check (category in ('rbc', 'platelets', 'plasma', 'cryo', 'whole_blood', 'granulocytes')),
  abo text not null check (abo in ('O', 'A', 'B', 'AB')),
  rhd text not null check (rhd in ('NEG', 'POS')),
  volume_ml integer check (volume_ml between 1 and 2000),
  collected_at timestamptz not null,
  expires_at timestamptz not null,
  attributes text[] not null default '{}',
  antigen_negative text[] not null default '{}',
  location_id uuid,
  status text not null check (status in ('quarantined', 'available', 'reserved', 'reserved_for_transfer',
    'in_transit', 'issued', 'transfused', 'processed', 'discarded', 'transferred_out')),
  label_verified_at timestamptz,
  group_confirmed boolean not null default false,
  tti_status text not null check (tti_status in ('pending', 'safe', 'reactive')),
  -- Set when a returned unit passed inspection and went back to stock (§4.11: the record marks a reissue).
  is_reissue boolean not null default false,
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  unique (din, product_code, division),
  foreign key (organisation_id, location_id) references bloodbank_storage_locations (organisation_id, id),
  check (expires_at > collected_at),
  -- A unit is never released for use unless its label is verified, its group confirmed and TTI safe.
  check (status not in ('available', 'reserved', 'issued')
    or (label_verified_at is not null and group_confirmed and tti_status = 'safe'))
);
create index bloodbank_units_stock_idx on bloodbank_units (organisation_id, category, status, expires_at);

-- Holds are a set independent of the status; any open hold (released_at null) blocks reserve and
-- issue. Releasing needs evidence and a supervisor (the service decides who that is).
create table bloodbank_unit_holds (
  id uuid primary key,
  unit_id uuid not null references bloodbank_units (id),
  kind text not null check (kind in ('pending_tests', 'tti_reactive', 'typing_unresolved', 'lookback', 'recall',
    'post_donation_info', 'cold_chain_excursion', 'return_inspection', 'label_discrepancy',
    'abo_confirmation_pending', 'co_component_investigation')),
  placed_at timestamptz not null,
  placed_by uuid not null references users (id),
  reason text not null check (length(reason) between 1 and 1000),
  released_at timestamptz,
  released_by uuid references users (id),
  release_evidence text check (length(release_evidence) between 1 and 2000),
  check ((released_at is null) = (released_by is null)),
  check ((released_at is null) = (release_evidence is null))
);
create index bloodbank_unit_holds_open_idx on bloodbank_unit_holds (unit_id) where released_at is null;
-- One open hold of a kind per unit: placing it twice is the same hold.
create unique index bloodbank_unit_holds_open_kind_idx on bloodbank_unit_holds (unit_id, kind) where released_at is null;

-- A unit allocated to one patient's request. The partial unique index is the database's own
-- guarantee that a unit has at most one live allocation, whatever the code above it does (§3.11).
create table bloodbank_allocations (
  id uuid primary key,
  organisation_id uuid not null references organisations (id),
  unit_id uuid not null references bloodbank_units (id),
  patient_id uuid not null references patients (id),
  request_ref text not null check (length(request_ref) between 1 and 200),
  method text not null check (method in ('electronic', 'immediate_spin', 'iat', 'uncrossmatched')),
  status text not null check (status in ('active', 'issued', 'released', 'expired', 'cancelled')),
  reserved_by uuid not null references users (id),
  reserved_at timestamptz not null,
  reserved_until timestamptz not null,
  issued_at timestamptz,
  issued_to text check (length(issued_to) between 1 and 200),
  ended_at timestamptz,
  check (reserved_until > reserved_at),
  check ((status = 'issued') <= (issued_at is not null)),
  check ((status in ('active', 'issued')) = (ended_at is null))
);
create unique index bloodbank_allocations_live_idx on bloodbank_allocations (unit_id)
  where status in ('active', 'issued');
create index bloodbank_allocations_due_idx on bloodbank_allocations (reserved_until) where status = 'active';
create index bloodbank_allocations_patient_idx on bloodbank_allocations (patient_id, reserved_at desc);

-- Every change of a unit, append-only: the unit's history for investigations and lookback. seq
-- orders changes made at the same instant.
create table bloodbank_unit_events (
  id uuid primary key,
  seq bigint generated always as identity,
  unit_id uuid not null references bloodbank_units (id),
  kind text not null check (kind ~ '^[a-z][a-z_]{1,40}$'),
  from_status text,
  to_status text,
  actor_user_id uuid not null,
  reason text check (length(reason) <= 2000),
  at timestamptz not null
);
create index bloodbank_unit_events_unit_idx on bloodbank_unit_events (unit_id, seq);

create function bloodbank_unit_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'bloodbank_unit_events is append-only';
end;
$$;
create trigger bloodbank_unit_events_no_change before update or delete on bloodbank_unit_events
  for each row execute function bloodbank_unit_events_append_only();

-- A discarded unit's reason from the catalogue (§3.13); "other" needs words. Reports separate
-- outdated (expired) from wasted (every in-date discard).
create table bloodbank_discards (
  id uuid primary key,
  unit_id uuid not null unique references bloodbank_units (id),
  reason_code text not null check (reason_code in ('expired', 'temperature_excursion', 'container_damaged',
    'visual_inspection_failed', 'tti_reactive', 'typing_unresolved', 'low_volume_or_invalid_weight',
    'processing_time_exceeded', 'processing_error', 'qc_sample', 'returned_unacceptable', 'recall_lookback',
    'post_donation_info', 'label_error', 'lost_in_transit', 'not_collected_before_expiry', 'other')),
  reason_text text check (length(reason_text) between 1 and 1000),
  discarded_by uuid not null references users (id),
  witnessed_by uuid references users (id),
  discarded_at timestamptz not null,
  check (reason_code <> 'other' or reason_text is not null)
);

-- An issued unit coming back, with what the cold-chain decision was made on (§4.11).
create table bloodbank_returns (
  id uuid primary key,
  unit_id uuid not null references bloodbank_units (id),
  returned_at timestamptz not null,
  returned_by uuid not null references users (id),
  minutes_out_of_storage integer not null check (minutes_out_of_storage between 0 and 100000),
  temperature_c numeric(5, 1),
  container_validated boolean not null,
  seal_intact boolean not null,
  segment_attached boolean not null,
  inspection_passed boolean not null,
  decision text not null check (decision in ('restock', 'discard')),
  discard_reason text check (discard_reason in ('temperature_excursion', 'returned_unacceptable')),
  check ((decision = 'discard') = (discard_reason is not null))
);
create index bloodbank_returns_unit_idx on bloodbank_returns (unit_id);
