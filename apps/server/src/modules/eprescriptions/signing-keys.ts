import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { calculateJwkThumbprint } from 'jose';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import type { EncryptedColumn } from '../../platform/crypto/encrypted-columns.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import { MAX_VALIDITY_MS } from './prescription-claims.ts';
import { type KeyLookup, PRESCRIPTION_ALGORITHM, type SigningKey } from './prescription-token.ts';
import { createSigningKeysRepo, type StoredSigningKey } from './signing-keys.repo.ts';
import type { PublicEcJwk } from './signing-keys.tables.ts';

/**
 * The server's ES256 keys for e-prescriptions.
 *
 * Lifecycle: a key is created **active** (the one key that signs) on first use, or at start with
 * `ensureActiveKey`. `rotate` makes a new active key and **retires** the old one: it no longer signs
 * (its private key is destroyed) but still verifies, and stays published until everything it signed
 * has expired. `revoke` (a key that leaked, or an issuer that must be disowned) makes a key verify
 * nothing at once; the next signature creates a new active key if the active one was revoked.
 *
 * The private key exists only encrypted at rest (platform envelope encryption) and in memory while
 * signing; the kid is its public key's RFC 7638 thumbprint, so anyone can check which key a kid names.
 */

/** How long a retired key stays in the JWKS: the longest validity, plus a day for clocks that differ. */
export const RETIRED_KEY_PUBLISHED_MS = MAX_VALIDITY_MS + 86_400_000;

/** One key of the published set (RFC 7517): public parameters, id, algorithm and use only. */
export const PublishedJwk = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string(),
  y: z.string(),
  kid: z.string(),
  alg: z.literal(PRESCRIPTION_ALGORITHM),
  use: z.literal('sig'),
});
export const PublishedJwks = z.strictObject({ keys: z.array(PublishedJwk) });
export type PublishedJwks = z.infer<typeof PublishedJwks>;

/** The column that holds private keys, for the master-key rotation registry (platform/crypto/encrypted-columns.ts). */
export const SIGNING_KEY_ENCRYPTED_COLUMN: EncryptedColumn = {
  table: 'prescription_signing_keys',
  idColumn: 'kid',
  column: 'private_key_envelope',
  context: (kid) => envelopeContext(kid),
};

const KID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function envelopeContext(kid: string): string {
  return `prescription-signing-key:${kid}`;
}

export function createSigningKeys(deps: { db: Executor; cipher: EnvelopeCipher; clock: Clock; log: Logger }) {
  const { db, cipher, clock, log } = deps;
  const repo = createSigningKeysRepo();

  async function generateKey(): Promise<{ kid: string; publicJwk: PublicEcJwk; privateKeyEnvelope: string }> {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const { kty, crv, x, y } = publicKey.export({ format: 'jwk' });
    if (kty !== 'EC' || crv !== 'P-256' || typeof x !== 'string' || typeof y !== 'string') {
      throw new Error('node:crypto returned an unexpected public key');
    }
    const publicJwk: PublicEcJwk = { kty, crv, x, y };
    const kid = await calculateJwkThumbprint(publicJwk, 'sha256');
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
    try {
      return { kid, publicJwk, privateKeyEnvelope: cipher.encrypt(pkcs8, envelopeContext(kid)) };
    } finally {
      pkcs8.fill(0);
    }
  }

  /** The active key, created when there is none (under the lock, so replicas agree on one). */
  async function activeKey(): Promise<StoredSigningKey & { state: 'active' }> {
    const found = await repo.findActive(db);
    if (found?.state === 'active') return found;
    return withTransaction(db, async (trx) => {
      await repo.lock(trx);
      const again = await repo.findActive(trx);
      if (again?.state === 'active') return again;
      const key = { ...(await generateKey()), createdAt: clock.now() };
      await repo.insertActive(trx, key);
      log.info({ kid: key.kid }, 'prescription signing key created');
      return { ...key, state: 'active' as const };
    });
  }

  const lookup: KeyLookup = async (kid) => {
    if (!KID_PATTERN.test(kid)) return { state: 'unknown' };
    const key = await repo.findByKid(db, kid);
    if (!key) return { state: 'unknown' };
    if (key.state === 'revoked') return { state: 'revoked' };
    return { state: key.state, publicKey: createPublicKey({ key: key.publicJwk, format: 'jwk' }) };
  };

  return {
    /** Makes sure a key can sign (call at start, so a fresh install publishes a key at once). Its kid. */
    async ensureActiveKey(): Promise<string> {
      return (await activeKey()).kid;
    },

    /** The key to sign with now: decrypted for this signature only, never cached. */
    async activeSigningKey(): Promise<SigningKey> {
      const key = await activeKey();
      const pkcs8 = cipher.decrypt(key.privateKeyEnvelope, envelopeContext(key.kid));
      try {
        return {
          kid: key.kid,
          privateKey: createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' }),
        };
      } finally {
        pkcs8.fill(0);
      }
    },

    /** A new active key; the old one (if any) is retired. */
    async rotate(): Promise<{ activeKid: string; retiredKid: string | null }> {
      return withTransaction(db, async (trx) => {
        await repo.lock(trx);
        const now = clock.now();
        const old = await repo.findActive(trx);
        if (old) await repo.retire(trx, old.kid, now);
        const key = { ...(await generateKey()), createdAt: now };
        await repo.insertActive(trx, key);
        log.info({ kid: key.kid, retiredKid: old?.kid ?? null }, 'prescription signing key rotated');
        return { activeKid: key.kid, retiredKid: old?.kid ?? null };
      });
    },

    /** Revokes a key: nothing it signed verifies any more. */
    async revoke(kid: string): Promise<'revoked' | 'already-revoked' | 'unknown'> {
      return withTransaction(db, async (trx) => {
        await repo.lock(trx);
        const key = KID_PATTERN.test(kid) ? await repo.findByKid(trx, kid) : undefined;
        if (!key) return 'unknown';
        if (key.state === 'revoked') return 'already-revoked';
        await repo.revoke(trx, kid, clock.now());
        log.warn({ kid, wasState: key.state }, 'prescription signing key revoked');
        return 'revoked';
      });
    },

    /** What a verifier needs to know about a kid (see verifyPrescriptionToken). */
    lookup,

    /** The JWKS: the active key and the retired keys whose prescriptions may still be valid. Never revoked ones. */
    async publishedKeys(): Promise<PublishedJwks> {
      const keys = await repo.listVerifiable(db, new Date(clock.now().getTime() - RETIRED_KEY_PUBLISHED_MS));
      return {
        keys: keys.map((key) => ({
          ...key.publicJwk,
          kid: key.kid,
          alg: PRESCRIPTION_ALGORITHM,
          use: 'sig',
        })),
      };
    },
  };
}
export type SigningKeys = ReturnType<typeof createSigningKeys>;
