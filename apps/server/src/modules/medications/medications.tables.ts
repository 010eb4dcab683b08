import type { ColumnType } from 'kysely';

/** JSON columns: read as parsed values, written as JSON text. */
type Json = ColumnType<unknown, string, string>;

export type PrescriptionStatus = 'active' | 'completed' | 'cancelled';

export type PrescriptionsTable = {
  id: string;
  patient_id: string;
  organisation_id: string;
  prescriber_user_id: string;
  product_id: string;
  dosage: Json;
  quantity_units: number;
  refills: number;
  authorised_units: number;
  dispensed_units: ColumnType<number, number | undefined, number>;
  status: PrescriptionStatus;
  signed_at: Date;
  expires_at: Date;
  token: string;
  pharmacy_organisation_id: string | null;
  cancelled_at: Date | null;
  cancelled_by_user_id: string | null;
};

export type PrescriptionDispensesTable = {
  id: string;
  prescription_id: string;
  pharmacy_organisation_id: string;
  pharmacist_user_id: string;
  units: number;
  dispensed_at: Date;
  idempotency_key: string;
};

export type PrescriptionAlertOverridesTable = {
  id: string;
  prescription_id: string;
  alert_kind: string;
  severity: 'contraindicated' | 'major';
  alert_key: string;
  alert_title: string;
  reason_envelope: string;
  overridden_by_user_id: string;
  created_at: Date;
};

export type MedicationsTables = {
  prescriptions: PrescriptionsTable;
  prescription_dispenses: PrescriptionDispensesTable;
  prescription_alert_overrides: PrescriptionAlertOverridesTable;
};
