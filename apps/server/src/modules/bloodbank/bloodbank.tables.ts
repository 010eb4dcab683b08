import type { bloodbank } from '@nexus/clinical';
import type { ColumnType } from 'kysely';

/** numeric comes back as a string on both engines; written as a number. */
type Numeric = ColumnType<string, number, number>;
/** text[]: read as an array, written through `sql` (an array literal) by the repository. */
type TextArray = ColumnType<string[], unknown, unknown>;

export type StorageLocationKind =
  | 'site'
  | 'blood_bank'
  | 'refrigerator'
  | 'freezer'
  | 'platelet_agitator'
  | 'validated_cooler'
  | 'ward_fridge'
  | 'shipment'
  | 'shelf';

export type TtiStatus = 'pending' | 'safe' | 'reactive';
export type AllocationMethod = 'electronic' | 'immediate_spin' | 'iat' | 'uncrossmatched';
export type AllocationStatus = 'active' | 'issued' | 'released' | 'expired' | 'cancelled';

export type DiscardReasonCode =
  | 'expired'
  | 'temperature_excursion'
  | 'container_damaged'
  | 'visual_inspection_failed'
  | 'tti_reactive'
  | 'typing_unresolved'
  | 'low_volume_or_invalid_weight'
  | 'processing_time_exceeded'
  | 'processing_error'
  | 'qc_sample'
  | 'returned_unacceptable'
  | 'recall_lookback'
  | 'post_donation_info'
  | 'label_error'
  | 'lost_in_transit'
  | 'not_collected_before_expiry'
  | 'other';

export type BloodbankStorageLocationsTable = {
  id: string;
  organisation_id: string;
  parent_id: string | null;
  name: string;
  kind: StorageLocationKind;
  min_c: Numeric | null;
  max_c: Numeric | null;
  created_at: Date;
  updated_at: Date;
};

export type BloodbankUnitsTable = {
  id: string;
  organisation_id: string;
  din: string;
  product_code: string;
  division: string;
  component_type: string;
  category: bloodbank.ComponentCategory;
  abo: bloodbank.AboGroup;
  rhd: bloodbank.RhD;
  volume_ml: number | null;
  collected_at: Date;
  expires_at: Date;
  attributes: TextArray;
  antigen_negative: TextArray;
  location_id: string | null;
  status: bloodbank.UnitStatus;
  label_verified_at: Date | null;
  group_confirmed: boolean;
  tti_status: TtiStatus;
  is_reissue: ColumnType<boolean, boolean | undefined, boolean>;
  version: ColumnType<number, number | undefined, number>;
  created_at: Date;
  updated_at: Date;
};

export type BloodbankUnitHoldsTable = {
  id: string;
  unit_id: string;
  kind: bloodbank.UnitHold;
  placed_at: Date;
  placed_by: string;
  reason: string;
  released_at: Date | null;
  released_by: string | null;
  release_evidence: string | null;
};

export type BloodbankAllocationsTable = {
  id: string;
  organisation_id: string;
  unit_id: string;
  patient_id: string;
  request_ref: string;
  method: AllocationMethod;
  status: AllocationStatus;
  reserved_by: string;
  reserved_at: Date;
  reserved_until: Date;
  issued_at: Date | null;
  issued_to: string | null;
  ended_at: Date | null;
};

export type BloodbankUnitEventsTable = {
  id: string;
  seq: ColumnType<string, never, never>;
  unit_id: string;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  actor_user_id: string;
  reason: string | null;
  at: Date;
};

export type BloodbankDiscardsTable = {
  id: string;
  unit_id: string;
  reason_code: DiscardReasonCode;
  reason_text: string | null;
  discarded_by: string;
  witnessed_by: string | null;
  discarded_at: Date;
};

export type BloodbankReturnsTable = {
  id: string;
  unit_id: string;
  returned_at: Date;
  returned_by: string;
  minutes_out_of_storage: number;
  temperature_c: Numeric | null;
  container_validated: boolean;
  seal_intact: boolean;
  segment_attached: boolean;
  inspection_passed: boolean;
  decision: 'restock' | 'discard';
  discard_reason: 'temperature_excursion' | 'returned_unacceptable' | null;
};

export type BloodbankTables = {
  bloodbank_storage_locations: BloodbankStorageLocationsTable;
  bloodbank_units: BloodbankUnitsTable;
  bloodbank_unit_holds: BloodbankUnitHoldsTable;
  bloodbank_allocations: BloodbankAllocationsTable;
  bloodbank_unit_events: BloodbankUnitEventsTable;
  bloodbank_discards: BloodbankDiscardsTable;
  bloodbank_returns: BloodbankReturnsTable;
};
