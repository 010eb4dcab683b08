import type { KeyObject } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { CompactSign, compactVerify } from 'jose';
import { z } from 'zod';
import { fromPayload, PrescriptionClaims, PrescriptionPayloadV1, toPayload } from './prescription-claims.ts';

/**
 * The signed prescription: a compact JWS (RFC 7515) signed with the server's active ES256 key, whose
 * payload is the JSON of prescription-claims.ts compressed with raw DEFLATE (RFC 1951), announced by
 * `"zip":"DEF"` in the header as SMART Health Cards do: compression takes a two-item prescription from
 * about 1,210 to about 870 characters, so its QR code shrinks from version 29 to 24.
 *
 * The protected header is exactly `{"alg":"ES256","kid":<RFC 7638 thumbprint>,"typ":"nexus-rx+jwt",
 * "zip":"DEF"}`: nothing else is accepted, so a token cannot bring its own key (`jwk`, `jku`, `x5u`),
 * change how its payload is read (`b64`, `crit`) or pick its algorithm (`none`, or HS256 with the
 * public key as the secret).
 */

export const PRESCRIPTION_TOKEN_TYPE = 'nexus-rx+jwt';
export const PRESCRIPTION_ALGORITHM = 'ES256';
const COMPRESSION = 'DEF';
/**
 * The longest token signPrescription makes: a QR code of 1,400 characters is version 31 at level M
 * (141 modules a side), about the most a phone reads reliably from a printed 6 cm square. Usual
 * prescriptions are far below it (see docs/e-prescriptions.md); one that is not must be split.
 */
export const MAX_TOKEN_CHARS = 1_400;
/** More than any payload of MAX_TOKEN_CHARS can inflate to with the claim limits; stops a runaway inflate. */
const MAX_PAYLOAD_BYTES = 16_384;
/** How far ahead of the verifier's clock a token's `iat` may be (clocks of two machines differ a little). */
export const CLOCK_SKEW_MS = 60_000;

/** The server's active key, as signing needs it. */
export type SigningKey = { kid: string; privateKey: KeyObject };

/**
 * What a verifier knows about a key id. Only an active or retired key has a public key: a revoked one
 * verifies nothing, so it carries none.
 */
export type KeyLookupResult =
  | { state: 'active' | 'retired'; publicKey: KeyObject }
  | { state: 'revoked' }
  | { state: 'unknown' };
export type KeyLookup = (kid: string) => Promise<KeyLookupResult>;

/**
 * Why a token was refused, in the order the checks run:
 * - malformed:     not a compact JWS of canonical base64url, header or payload not JSON, too long;
 * - wrong-type:    the header's `typ` is not nexus-rx+jwt (another kind of token);
 * - bad-signature: the algorithm is not ES256, or the signature does not verify (tampered or forged);
 * - unknown-key:   no key with this `kid` (another issuer, or a retired key long past its last token);
 * - revoked-key:   the key was revoked: nothing it signed is trusted any more;
 * - invalid-claims: signed by us but not a version-1 prescription that passes the claim rules;
 * - not-yet-valid: issued in the future (beyond CLOCK_SKEW_MS);
 * - expired:       its `exp` has passed.
 */
export type PrescriptionTokenFailure =
  | 'malformed'
  | 'wrong-type'
  | 'bad-signature'
  | 'unknown-key'
  | 'revoked-key'
  | 'invalid-claims'
  | 'not-yet-valid'
  | 'expired';

/**
 * The outcome of verification. A token that is authentic but outside its validity period still shows
 * its claims (a pharmacist can tell the patient when it expired); every other failure shows nothing
 * from the token, since nothing in it can be trusted.
 */
export type PrescriptionVerification =
  | { valid: true; claims: PrescriptionClaims; kid: string; keyState: 'active' | 'retired' }
  | { valid: false; reason: 'expired' | 'not-yet-valid'; claims: PrescriptionClaims }
  | {
      valid: false;
      reason: Exclude<PrescriptionTokenFailure, 'expired' | 'not-yet-valid'>;
    };

/** Claims that signPrescription refuses. Lists the paths of the problems, never their values (health data). */
export class InvalidPrescriptionClaimsError extends Error {
  override name = 'InvalidPrescriptionClaimsError';
  readonly code = 'prescription_claims_invalid';

  constructor(readonly paths: string[]) {
    super(`prescription claims are invalid at: ${paths.join(', ')}`);
  }
}

/** A prescription too large for a scannable QR code (long texts, many items): split it into two. */
export class PrescriptionTooLargeError extends Error {
  override name = 'PrescriptionTooLargeError';
  readonly code = 'prescription_too_large';

  constructor(readonly tokenChars: number) {
    super(
      `the signed prescription would be ${tokenChars} characters; the most a QR code carries here is ${MAX_TOKEN_CHARS}`,
    );
  }
}

const Header = z.strictObject({
  alg: z.string(),
  kid: z.string().min(1).max(100),
  typ: z.string(),
  zip: z.literal(COMPRESSION),
});

const COMPACT_JWS = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;
/** Spaces and line breaks from a token typed or copied from paper, where it is printed over several lines. */
const WHITESPACE = /\s+/g;

/** Signs the claims as a compact JWS with the given key. Throws InvalidPrescriptionClaimsError or PrescriptionTooLargeError. */
export async function signPrescription(claims: PrescriptionClaims, signingKey: SigningKey): Promise<string> {
  const checked = PrescriptionClaims.safeParse(claims);
  if (!checked.success) throw invalidClaims(checked.error);
  const payload = toPayload(checked.data);
  // What is signed must be exactly what verification accepts (times are cut to the second).
  const again = PrescriptionClaims.safeParse(fromPayload(payload));
  if (!again.success) throw invalidClaims(again.error);
  const token = await new CompactSign(deflateRawSync(JSON.stringify(payload), { level: 9 }))
    .setProtectedHeader({
      alg: PRESCRIPTION_ALGORITHM,
      kid: signingKey.kid,
      typ: PRESCRIPTION_TOKEN_TYPE,
      zip: COMPRESSION,
    })
    .sign(signingKey.privateKey);
  if (token.length > MAX_TOKEN_CHARS) throw new PrescriptionTooLargeError(token.length);
  return token;
}

/**
 * Verifies a token as scanned or typed (whitespace is ignored). Never throws for bad input: every
 * problem is a `reason`. The signature is checked before anything in the payload is read.
 *
 * Two different token strings can carry the same prescription (ECDSA signatures are malleable), so
 * whatever is counted — dispenses, refills — is counted against `claims.prescriptionId`, not the text.
 */
export async function verifyPrescriptionToken(
  token: unknown,
  keyLookup: KeyLookup,
  now: Date,
): Promise<PrescriptionVerification> {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_CHARS * 2) return refused('malformed');
  const compact = token.replace(WHITESPACE, '');
  const parts = COMPACT_JWS.exec(compact);
  if (!parts || compact.length > MAX_TOKEN_CHARS || !parts.slice(1).every(isCanonicalBase64url)) {
    return refused('malformed');
  }
  const header = Header.safeParse(parseJson(Buffer.from(parts[1] ?? '', 'base64url')));
  if (!header.success) return refused('malformed');
  if (header.data.typ !== PRESCRIPTION_TOKEN_TYPE) return refused('wrong-type');
  if (header.data.alg !== PRESCRIPTION_ALGORITHM) return refused('bad-signature');

  const key = await keyLookup(header.data.kid);
  if (key.state === 'unknown') return refused('unknown-key');
  if (key.state === 'revoked') return refused('revoked-key');

  let payloadBytes: Uint8Array;
  try {
    ({ payload: payloadBytes } = await compactVerify(compact, key.publicKey, {
      algorithms: [PRESCRIPTION_ALGORITHM],
    }));
  } catch {
    return refused('bad-signature');
  }

  const payload = PrescriptionPayloadV1.safeParse(parseJson(inflate(payloadBytes)));
  if (!payload.success) return refused('invalid-claims');
  const claims = PrescriptionClaims.safeParse(fromPayload(payload.data));
  if (!claims.success) return refused('invalid-claims');

  if (claims.data.issuedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    return { valid: false, reason: 'not-yet-valid', claims: claims.data };
  }
  if (now.getTime() >= claims.data.expiresAt.getTime()) {
    return { valid: false, reason: 'expired', claims: claims.data };
  }
  return { valid: true, claims: claims.data, kid: header.data.kid, keyState: key.state };
}

function refused(reason: Exclude<PrescriptionTokenFailure, 'expired' | 'not-yet-valid'>) {
  return { valid: false, reason } as const;
}

function invalidClaims(error: z.ZodError): InvalidPrescriptionClaimsError {
  return new InvalidPrescriptionClaimsError(error.issues.map((issue) => issue.path.join('.') || '(root)'));
}

/**
 * Strict base64url: a decoder ignores the spare bits of the last character, so without the round
 * trip two different strings would decode to the same header, payload or signature.
 */
function isCanonicalBase64url(segment: string): boolean {
  return Buffer.from(segment, 'base64url').toString('base64url') === segment;
}

function inflate(compressed: Uint8Array): Uint8Array {
  try {
    return inflateRawSync(compressed, { maxOutputLength: MAX_PAYLOAD_BYTES });
  } catch {
    return new Uint8Array();
  }
}

/** JSON from UTF-8 bytes; undefined when they are not both. */
function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}
