import type { Generated } from 'kysely';

export type CareRelationshipsTable = {
  id: Generated<string>;
  patient_id: string;
  clinician_user_id: string | null;
  organisation_id: string | null;
  source: 'patient_grant' | 'admission';
  granted_by_user_id: string | null;
  created_at: Date;
  revoked_at: Date | null;
  revoked_by_user_id: string | null;
};

export type BreakGlassGrantsTable = {
  id: Generated<string>;
  patient_id: string;
  user_id: string;
  organisation_id: string;
  reason: string;
  created_at: Date;
  expires_at: Date;
  ended_at: Date | null;
};

export type AccessTables = {
  care_relationships: CareRelationshipsTable;
  break_glass_grants: BreakGlassGrantsTable;
};
