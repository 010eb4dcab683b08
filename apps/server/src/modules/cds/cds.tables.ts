import type { ColumnType } from 'kysely';

type Json = ColumnType<unknown, string | undefined, string>;

export type RiskReviewStatus = 'pending' | 'confirmed' | 'adjusted' | 'rejected' | 'superseded';

export type RiskReviewsTable = {
  id: string;
  patient_id: string;
  risk_assessment_id: string;
  module_id: string;
  module_version: string;
  category: string;
  probability: number | null;
  status: RiskReviewStatus;
  created_at: Date;
  decided_at: Date | null;
  decided_by_user_id: string | null;
  decision_note_envelope: string | null;
  adjusted_category: string | null;
  /** `Type/id` of each resource the decision wrote. */
  created_resources: Json;
};

export type RiskAssessmentRunsTable = {
  patient_id: string;
  inputs_seen_at: Date;
};

export type CdsTables = {
  risk_reviews: RiskReviewsTable;
  risk_assessment_runs: RiskAssessmentRunsTable;
};
