import type { OrganisationKind, Role } from '@nexus/contracts';
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | undefined, Date>;

export type OrganisationsTable = {
  id: Generated<string>;
  name: string;
  kind: OrganisationKind;
  created_at: Generated<Date>;
  updated_at: Timestamp;
};

export type UsersTable = {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string;
  disabled_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
};

export type MembershipsTable = {
  id: Generated<string>;
  user_id: string;
  organisation_id: string;
  role: Role;
  created_at: Generated<Date>;
};

export type SessionsTable = {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
  revoked_at: Date | null;
  user_agent: string | null;
  source_ip: string | null;
};

export type SignInThrottleTable = {
  key: string;
  failures: number;
  first_failure_at: Date;
  next_attempt_at: Date;
  locked_until: Date | null;
};

export type IdentityTables = {
  sign_in_throttle: SignInThrottleTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
};
