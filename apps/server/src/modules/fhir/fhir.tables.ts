import type { ColumnType } from 'kysely';

/** jsonb: written as a JSON string, read back parsed. */
type Json = ColumnType<unknown, string | null, string | null>;

export type FhirResourcesTable = {
  resource_type: string;
  id: string;
  version_id: ColumnType<string, number | string, number | string>;
  patient_id: string | null;
  last_updated: Date;
  is_deleted: boolean;
  content: Json;
};

export type FhirResourceVersionsTable = FhirResourcesTable & { author_user_id: string | null };

type IndexColumns = { resource_type: string; resource_id: string; patient_id: string | null; param: string };

export type FhirTables = {
  fhir_resources: FhirResourcesTable;
  fhir_resource_versions: FhirResourceVersionsTable;
  fhir_token_index: IndexColumns & { system: string | null; code: string | null; display: string | null };
  fhir_string_index: IndexColumns & { value: string };
  fhir_date_index: IndexColumns & {
    start_at: ColumnType<Date, string | Date, string | Date>;
    end_at: ColumnType<Date, string | Date, string | Date>;
  };
  fhir_reference_index: IndexColumns & { target_type: string; target_id: string };
  fhir_quantity_index: IndexColumns & {
    value: ColumnType<string, number | string, number | string>;
    system: string | null;
    code: string | null;
  };
  fhir_binaries: {
    id: string;
    resource_id: string;
    version_id: ColumnType<string, number | string, number | string>;
    patient_id: string | null;
    content_type: string;
    size_bytes: number;
    data_envelope: string;
    created_at: ColumnType<Date, Date | undefined, never>;
  };
};
