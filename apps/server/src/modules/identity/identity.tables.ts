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
  /** A mobile number in E.164 for SMS notifications (migration 0013); null: none given. */
  phone_e164: ColumnType<string | null, string | null | undefined, string | null>;
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
  stage: ColumnType<SessionStage, SessionStage | undefined, SessionStage>;
  second_factor_at: Date | null;
  second_factor_failures: ColumnType<number, number | undefined, number>;
};

/** How far a sign-in has got: password checked (second factor due, or none enrolled yet), or finished. */
export type SessionStage = 'second_factor' | 'enrolment' | 'complete';

export type TotpAuthenticatorsTable = {
  user_id: string;
  secret_envelope: string | null;
  confirmed_at: Date | null;
  pending_secret_envelope: string | null;
  pending_since: Date | null;
  /** int8 comes back as a string from both drivers. */
  last_used_step: ColumnType<string | null, number | null | undefined, number | null>;
  created_at: Generated<Date>;
};

export type RecoveryCodesTable = {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: Date | null;
  created_at: Generated<Date>;
};

export type PasskeysTable = {
  id: Generated<string>;
  user_id: string;
  credential_id: string;
  public_key: Uint8Array;
  sign_count: ColumnType<string, number | undefined, number>;
  transports: ColumnType<string[], string[] | undefined, string[]>;
  name: string;
  created_at: Generated<Date>;
  last_used_at: Date | null;
};

export type WebAuthnChallengesTable = {
  session_id: string;
  purpose: 'register' | 'authenticate';
  challenge: string;
  expires_at: Date;
};

export type PatientsTable = {
  id: Generated<string>;
  user_id: string | null;
  display_name: string;
  /** The platform's record number (MRN-…), assigned with the FHIR Patient resource. */
  record_number: string | null;
  birth_date: ColumnType<string | null, string | null | undefined, string | null>;
  gender: 'male' | 'female' | 'other' | 'unknown' | null;
  identifiers: ColumnType<string[], string[] | undefined, string[]>;
  created_at: Generated<Date>;
};

export type ApiTokensTable = {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_at: Generated<Date>;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
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
  totp_authenticators: TotpAuthenticatorsTable;
  recovery_codes: RecoveryCodesTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebAuthnChallengesTable;
  patients: PatientsTable;
  api_tokens: ApiTokensTable;
};
