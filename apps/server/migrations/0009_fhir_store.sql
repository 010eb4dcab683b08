-- The FHIR R4 store: clinical records as resources (JSONB) with their full version history, searchable
-- through index tables extracted from the standard R4 search parameters. Every clinical resource
-- carries its patient (patient_id: the patient compartment), which is what access control decides on
-- and what a sharded deployment would distribute by.

-- The master patient index: what the platform needs to find a patient without reading the record.
-- The FHIR Patient resource (same id) is the full record of who they are; these columns follow it.
create sequence patient_record_number_seq start 1000001;
alter table patients add column record_number text unique;
alter table patients add column birth_date date;
alter table patients add column gender text check (gender in ('male', 'female', 'other', 'unknown'));
-- Identifier values from every system (record numbers of other hospitals, national ids), for look-up.
alter table patients add column identifiers text[] not null default '{}';
update patients set record_number = 'MRN-' || nextval('patient_record_number_seq') where record_number is null;
create index patients_identifiers_idx on patients using gin (identifiers);

-- The current version of every resource. A deleted resource keeps its row (deleted, content null),
-- so its id is never reused and its history stays readable.
create table fhir_resources (
  resource_type text not null,
  id text not null check (id ~ '^[A-Za-z0-9.-]{1,64}$'),
  version_id bigint not null check (version_id > 0),
  patient_id uuid references patients (id) on delete restrict,
  last_updated timestamptz not null,
  is_deleted boolean not null default false,
  content jsonb,
  primary key (resource_type, id),
  check (is_deleted = (content is null))
);
create index fhir_resources_compartment_idx on fhir_resources (patient_id, resource_type) where not is_deleted;
create index fhir_resources_last_updated_idx on fhir_resources (resource_type, last_updated);

-- Every version ever written, the current one included: nothing committed is lost, and the table only
-- grows (updates and deletes of versions are refused).
create table fhir_resource_versions (
  resource_type text not null,
  id text not null,
  version_id bigint not null,
  patient_id uuid,
  last_updated timestamptz not null,
  is_deleted boolean not null,
  content jsonb,
  author_user_id uuid,
  primary key (resource_type, id, version_id)
);
create index fhir_resource_versions_type_idx on fhir_resource_versions (resource_type, last_updated);

create function fhir_versions_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'resource versions are append-only: % on % is refused', tg_op, tg_table_name
    using errcode = 'insufficient_privilege';
end
$$;
create trigger fhir_resource_versions_append_only before update or delete on fhir_resource_versions
  for each row execute function fhir_versions_refuse_change();

-- Search indexes, one row per value a search parameter finds in the current version of a resource.
-- patient_id repeats the resource's compartment so that per-patient searches start from the index.
create table fhir_token_index (
  resource_type text not null,
  resource_id text not null,
  patient_id uuid,
  param text not null,
  system text,
  code text,
  display text
);
create index fhir_token_index_code_idx on fhir_token_index (resource_type, param, code, patient_id);
create index fhir_token_index_resource_idx on fhir_token_index (resource_type, resource_id);

create table fhir_string_index (
  resource_type text not null,
  resource_id text not null,
  patient_id uuid,
  param text not null,
  value text not null
);
create index fhir_string_index_value_idx on fhir_string_index (resource_type, param, value text_pattern_ops);
create index fhir_string_index_resource_idx on fhir_string_index (resource_type, resource_id);

-- Dates as the closed range of instants they cover (2020-03 covers the whole of March).
create table fhir_date_index (
  resource_type text not null,
  resource_id text not null,
  patient_id uuid,
  param text not null,
  start_at timestamptz not null,
  end_at timestamptz not null
);
create index fhir_date_index_patient_idx on fhir_date_index (patient_id, resource_type, param, start_at);
create index fhir_date_index_resource_idx on fhir_date_index (resource_type, resource_id);

create table fhir_reference_index (
  resource_type text not null,
  resource_id text not null,
  patient_id uuid,
  param text not null,
  target_type text not null,
  target_id text not null
);
create index fhir_reference_index_target_idx on fhir_reference_index (target_type, target_id, resource_type, param);
create index fhir_reference_index_resource_idx on fhir_reference_index (resource_type, resource_id);

create table fhir_quantity_index (
  resource_type text not null,
  resource_id text not null,
  patient_id uuid,
  param text not null,
  value numeric not null,
  system text,
  code text
);
create index fhir_quantity_index_value_idx on fhir_quantity_index (resource_type, param, code, value);
create index fhir_quantity_index_resource_idx on fhir_quantity_index (resource_type, resource_id);

-- Binary content (clinical notes, documents) is encrypted at rest: the resource row holds its
-- metadata, this table the envelope (AES-256-GCM, context binary:<row id>, see platform/crypto).
create table fhir_binaries (
  id uuid primary key default gen_random_uuid(),
  resource_id text not null,
  version_id bigint not null,
  patient_id uuid references patients (id) on delete restrict,
  content_type text not null,
  size_bytes integer not null check (size_bytes >= 0),
  data_envelope text not null,
  created_at timestamptz not null default now(),
  unique (resource_id, version_id)
);
