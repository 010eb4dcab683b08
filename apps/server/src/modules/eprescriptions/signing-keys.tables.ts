import type { ColumnType } from 'kysely';

export type SigningKeyState = 'active' | 'retired' | 'revoked';

/** The public half of an ES256 key as a JWK (RFC 7518 §6.2): what verifiers need, nothing more. */
export type PublicEcJwk = { kty: 'EC'; crv: 'P-256'; x: string; y: string };

export type PrescriptionSigningKeysTable = {
  /** RFC 7638 thumbprint of public_jwk. */
  kid: string;
  algorithm: 'ES256';
  public_jwk: ColumnType<PublicEcJwk, string, never>;
  /** PKCS #8 private key, envelope-encrypted with context `prescription-signing-key:<kid>`; only while active. */
  private_key_envelope: string | null;
  state: SigningKeyState;
  created_at: ColumnType<Date, Date, never>;
  retired_at: Date | null;
  revoked_at: Date | null;
};

/** This module's tables (see migration 0012); composed into the platform's `Tables`. */
export type EprescriptionTables = {
  prescription_signing_keys: PrescriptionSigningKeysTable;
};
