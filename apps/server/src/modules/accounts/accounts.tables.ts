import type { InvitableRole } from '@nexus/contracts';
import type { ColumnType, Generated } from 'kysely';

export type PendingRegistrationsTable = {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string;
  token_hash: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
};

export type PasswordResetsTable = {
  id: Generated<string>;
  /** Null for a request about an address without a usable account (stored used, for equal timing). */
  user_id: string | null;
  token_hash: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
};

export type InvitationsTable = {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  display_name: string;
  role: InvitableRole;
  token_hash: string;
  invited_by: string | null;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_by: string | null;
  revoked_at: Date | null;
  failed_attempts: ColumnType<number, number | undefined, number>;
};

export type AccountRequestLimitsTable = {
  key: string;
  window_started_at: Date;
  requests: number;
};

export type AccountsTables = {
  pending_registrations: PendingRegistrationsTable;
  password_resets: PasswordResetsTable;
  invitations: InvitationsTable;
  account_request_limits: AccountRequestLimitsTable;
};
