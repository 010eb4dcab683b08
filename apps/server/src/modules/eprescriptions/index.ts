import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import { jwksRoutes } from './jwks.routes.ts';
import type { PrescriptionClaims } from './prescription-claims.ts';
import {
  type PrescriptionVerification,
  signPrescription,
  verifyPrescriptionToken,
} from './prescription-token.ts';
import { createSigningKeys } from './signing-keys.ts';

export { JWKS_PATH, jwksRoutes } from './jwks.routes.ts';
export {
  DEFAULT_VALIDITY_DAYS,
  expiryFor,
  MAX_ITEMS,
  MAX_VALIDITY_DAYS,
  PrescriptionClaims,
  PrescriptionItem,
} from './prescription-claims.ts';
export { renderPrescriptionPdf } from './prescription-pdf.ts';
export { prescriptionQrPng, prescriptionQrSvg } from './prescription-qr.ts';
export {
  InvalidPrescriptionClaimsError,
  type KeyLookup,
  type KeyLookupResult,
  MAX_TOKEN_CHARS,
  PRESCRIPTION_TOKEN_TYPE,
  type PrescriptionTokenFailure,
  PrescriptionTooLargeError,
  type PrescriptionVerification,
  type SigningKey,
  signPrescription,
  verifyPrescriptionToken,
} from './prescription-token.ts';
export type { EprescriptionTables, SigningKeyState } from './signing-keys.tables.ts';
export {
  PublishedJwks,
  RETIRED_KEY_PUBLISHED_MS,
  SIGNING_KEY_ENCRYPTED_COLUMN,
  type SigningKeys,
} from './signing-keys.ts';

/**
 * Signed e-prescriptions: the server's ES256 signing keys (encrypted at rest, rotated, revocable),
 * the token (`sign` / `verify`), its JWKS route, and the QR code and PDF renderers exported above.
 * Prescribing, dispensing and the pharmacy portal build on these; see docs/e-prescriptions.md.
 */
export function createEprescriptionsModule(deps: {
  db: Executor;
  cipher: EnvelopeCipher;
  clock: Clock;
  log: Logger;
}) {
  const signingKeys = createSigningKeys(deps);
  const routes: FastifyPluginAsyncZod = jwksRoutes({ publishedKeys: signingKeys.publishedKeys });
  return {
    signingKeys,
    /** Signs the claims with the active key (created on first use). */
    async sign(claims: PrescriptionClaims): Promise<string> {
      return signPrescription(claims, await signingKeys.activeSigningKey());
    },
    /** Verifies a scanned or typed token against this server's keys, now. */
    verify(token: unknown): Promise<PrescriptionVerification> {
      return verifyPrescriptionToken(token, signingKeys.lookup, deps.clock.now());
    },
    /** GET /.well-known/jwks.json */
    routes,
  };
}
export type EprescriptionsModule = ReturnType<typeof createEprescriptionsModule>;
