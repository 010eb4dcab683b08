import { inflateRawSync } from 'node:zlib';
import { calculateJwkThumbprint, compactVerify, createLocalJWKSet } from 'jose';
import { sql } from 'kysely';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCipher } from '../../../test/factories.ts';
import { createFakeClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createEnvelopeCipher } from '../../platform/crypto/envelope.ts';
import { generateMasterKey, parseMasterKeyRing } from '../../platform/crypto/key-ring.ts';
import { rotateEncryptedColumns } from '../../platform/crypto/key-rotation.ts';
import { ISSUED_AT, sampleClaims } from './eprescription.test-helpers.ts';
import { signPrescription, verifyPrescriptionToken } from './prescription-token.ts';
import { createSigningKeys, RETIRED_KEY_PUBLISHED_MS, SIGNING_KEY_ENCRYPTED_COLUMN } from './signing-keys.ts';

const log = pino({ level: 'silent' });
const DURING = new Date(ISSUED_AT.getTime() + 3_600_000);

describe('prescription signing keys', () => {
  let t: TestDatabase;
  let clock: ReturnType<typeof createFakeClock>;
  let keys: ReturnType<typeof createSigningKeys>;
  beforeEach(async () => {
    t = await createTestDatabase();
    clock = createFakeClock(ISSUED_AT);
    keys = createSigningKeys({ db: t.db.kysely, cipher: testCipher, clock, log });
  });
  afterEach(() => t.destroy());

  const rows = async () =>
    (
      await sql<{ kid: string; state: string; private_key_envelope: string | null; public_jwk: object }>`
        select kid, state, private_key_envelope, public_jwk from prescription_signing_keys order by state, kid`.execute(
        t.db.kysely,
      )
    ).rows;

  it('creates one key on first use, even when several callers ask at once, and publishes it', async () => {
    expect((await keys.publishedKeys()).keys).toEqual([]);
    const kids = await Promise.all([keys.ensureActiveKey(), keys.ensureActiveKey(), keys.activeSigningKey()]);
    const kid = kids[0];
    expect(kids.map((each) => (typeof each === 'string' ? each : each.kid))).toEqual([kid, kid, kid]);
    const { keys: published } = await keys.publishedKeys();
    expect(published).toEqual([
      {
        kty: 'EC',
        crv: 'P-256',
        x: expect.any(String),
        y: expect.any(String),
        kid,
        alg: 'ES256',
        use: 'sig',
      },
    ]);
    expect(await calculateJwkThumbprint(published[0] ?? { kty: 'EC' })).toBe(kid);
  });

  it('keeps the private key only encrypted, bound to its kid', async () => {
    const kid = await keys.ensureActiveKey();
    const [row] = await rows();
    expect(row?.public_jwk).not.toHaveProperty('d');
    expect(row?.private_key_envelope).toMatch(/^nx1\./);
    const envelope = row?.private_key_envelope ?? '';
    expect(testCipher.decrypt(envelope, SIGNING_KEY_ENCRYPTED_COLUMN.context(kid)).length).toBeGreaterThan(
      100,
    );
    expect(() =>
      testCipher.decrypt(envelope, SIGNING_KEY_ENCRYPTED_COLUMN.context(`${kid.slice(1)}x`)),
    ).toThrow(/authentication/);
  });

  it('signs with the active key; after rotation old prescriptions still verify and new ones use the new key', async () => {
    const before = await signPrescription(sampleClaims(), await keys.activeSigningKey());
    const { activeKid, retiredKid } = await keys.rotate();
    const after = await signPrescription(sampleClaims(), await keys.activeSigningKey());

    expect(await verifyPrescriptionToken(before, keys.lookup, DURING)).toMatchObject({
      valid: true,
      kid: retiredKid,
      keyState: 'retired',
    });
    expect(await verifyPrescriptionToken(after, keys.lookup, DURING)).toMatchObject({
      valid: true,
      kid: activeKid,
      keyState: 'active',
    });
    expect((await keys.publishedKeys()).keys.map((key) => key.kid)).toEqual([activeKid, retiredKid]);
    // Retiring destroyed the old private key: it can never sign again.
    expect((await rows()).map((row) => [row.kid, row.state, row.private_key_envelope === null])).toEqual([
      [activeKid, 'active', false],
      [retiredKid, 'retired', true],
    ]);
  });

  it('stops publishing a retired key once everything it signed has expired', async () => {
    const { retiredKid } = await keys.rotate().then(() => keys.rotate());
    clock.advance(RETIRED_KEY_PUBLISHED_MS - 60_000);
    expect((await keys.publishedKeys()).keys.map((key) => key.kid)).toContain(retiredKid);
    clock.advance(120_000);
    expect((await keys.publishedKeys()).keys.map((key) => key.kid)).not.toContain(retiredKid);
    expect(await keys.lookup(retiredKid ?? '')).toMatchObject({ state: 'retired' });
  });

  it('revokes a key: nothing it signed verifies, it leaves the JWKS, and a new key takes over', async () => {
    const token = await signPrescription(sampleClaims(), await keys.activeSigningKey());
    const kid = await keys.ensureActiveKey();
    expect(await keys.revoke(kid)).toBe('revoked');
    expect(await keys.revoke(kid)).toBe('already-revoked');
    expect(await keys.revoke('x'.repeat(43))).toBe('unknown');
    expect(await keys.revoke('not a kid')).toBe('unknown');
    expect(await verifyPrescriptionToken(token, keys.lookup, DURING)).toEqual({
      valid: false,
      reason: 'revoked-key',
    });
    expect((await keys.publishedKeys()).keys).toEqual([]);

    const next = await keys.activeSigningKey();
    expect(next.kid).not.toBe(kid);
    expect((await keys.publishedKeys()).keys.map((key) => key.kid)).toEqual([next.kid]);
  });

  it('revokes a retired key too', async () => {
    const token = await signPrescription(sampleClaims(), await keys.activeSigningKey());
    const { retiredKid } = await keys.rotate();
    expect(await keys.revoke(retiredKid ?? '')).toBe('revoked');
    expect(await verifyPrescriptionToken(token, keys.lookup, DURING)).toEqual({
      valid: false,
      reason: 'revoked-key',
    });
  });

  it('lets a third party verify a prescription with the published JWKS alone', async () => {
    const token = await signPrescription(sampleClaims(), await keys.activeSigningKey());
    const jwks = JSON.parse(JSON.stringify(await keys.publishedKeys()));

    // What docs/e-prescriptions.md shows a pharmacy system doing.
    const { payload, protectedHeader } = await compactVerify(token, createLocalJWKSet(jwks), {
      algorithms: ['ES256'],
    });
    const claims = JSON.parse(inflateRawSync(payload).toString('utf8'));

    expect(protectedHeader).toMatchObject({ typ: 'nexus-rx+jwt', zip: 'DEF' });
    expect(claims).toMatchObject({
      v: 1,
      jti: sampleClaims().prescriptionId,
      pt: { n: 'Samuel Peter Jones' },
    });
  });

  it('survives a master key rotation: the private key is rewrapped and still signs', async () => {
    const oldRing = `old:${generateMasterKey()}`;
    const original = createSigningKeys({
      db: t.db.kysely,
      cipher: createEnvelopeCipher(parseMasterKeyRing(oldRing)),
      clock,
      log,
    });
    const kid = await original.ensureActiveKey();
    const rotating = createEnvelopeCipher(parseMasterKeyRing(`next:${generateMasterKey()},${oldRing}`));
    const report = await rotateEncryptedColumns({
      db: t.db.kysely,
      cipher: rotating,
      currentKeyId: 'next',
      columns: [SIGNING_KEY_ENCRYPTED_COLUMN],
    });
    expect(report).toMatchObject([{ rewrapped: 1, failed: 0 }]);
    const rotated = createSigningKeys({ db: t.db.kysely, cipher: rotating, clock, log });
    const token = await signPrescription(sampleClaims(), await rotated.activeSigningKey());
    expect(await verifyPrescriptionToken(token, rotated.lookup, DURING)).toMatchObject({ valid: true, kid });
  });

  it('is guarded by the database: one active key, forward-only states, no deletes, no private key once retired', async () => {
    const { retiredKid, activeKid } = await keys.rotate().then(() => keys.rotate());
    const attempts = [
      sql`update prescription_signing_keys set state = 'active', retired_at = null where kid = ${retiredKid}`,
      sql`update prescription_signing_keys set private_key_envelope = 'nx1.x' where kid = ${retiredKid}`,
      sql`delete from prescription_signing_keys where kid = ${retiredKid}`,
      sql`update prescription_signing_keys set public_jwk = '{"kty":"EC","crv":"P-256"}' where kid = ${activeKid}`,
    ];
    for (const statement of attempts) await expect(statement.execute(t.db.kysely)).rejects.toThrow();
    await keys.revoke(retiredKid ?? '');
    await expect(
      sql`update prescription_signing_keys set state = 'retired', revoked_at = null where kid = ${retiredKid}`.execute(
        t.db.kysely,
      ),
    ).rejects.toThrow();
    expect((await rows()).filter((row) => row.state === 'active')).toHaveLength(1);
  });
});
