import type { ColumnType } from 'kysely';
import type { AuditDetails, AuditOutcome } from './audit-chain.ts';

/** bigint columns come back as strings (node-postgres and our PGlite parsers agree); numbers go in. */
type BigIntColumn = ColumnType<string, number, number>;

export type AuditEventsTable = {
  seq: BigIntColumn;
  occurred_at: Date;
  actor_user_id: string | null;
  action: string;
  outcome: AuditOutcome;
  patient_id: string | null;
  resource_type: string | null;
  resource_id: string | null;
  source_ip: string | null;
  request_id: string | null;
  details: ColumnType<AuditDetails, string, string>;
  prev_hash: string;
  hash: string;
};

export type AuditChainHeadTable = {
  id: ColumnType<boolean, never, never>;
  last_seq: BigIntColumn;
  last_hash: string;
};

export type AuditCheckpointsTable = {
  seq: BigIntColumn;
  hash: string;
  signed_at: Date;
  key_id: string;
  signature: string;
};

export type AuditTables = {
  audit_events: AuditEventsTable;
  audit_chain_head: AuditChainHeadTable;
  audit_checkpoints: AuditCheckpointsTable;
};
