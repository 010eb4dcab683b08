import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { CompactSign, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { ISSUED_AT, sampleClaims, testKey } from './eprescription.test-helpers.ts';
import { MAX_VALIDITY_MS, type PrescriptionClaims, toPayload } from './prescription-claims.ts';
import {
  InvalidPrescriptionClaimsError,
  PrescriptionTooLargeError,
  signPrescription,
  verifyPrescriptionToken,
} from './prescription-token.ts';

const claims = sampleClaims();
const DURING = new Date(ISSUED_AT.getTime() + 86_400_000);
const HEADER = { typ: 'nexus-rx+jwt', zip: 'DEF' } as const;

/** A token with any header and payload, signed by any key: what an attacker or a buggy issuer sends. */
async function forge(
  header: Record<string, unknown>,
  payload: Uint8Array | object,
  key: KeyObject | Uint8Array,
): Promise<string> {
  const bytes = payload instanceof Uint8Array ? payload : deflateRawSync(JSON.stringify(payload));
  return new CompactSign(bytes).setProtectedHeader(header as { alg: string }).sign(key);
}

/** The token with the character at `index` of segment `segment` replaced by another base64url character. */
function withCharChanged(token: string, segment: 0 | 1 | 2, index: number): string {
  const parts = token.split('.');
  const text = parts[segment] ?? '';
  const replacement = text[index] === 'A' ? 'B' : 'A';
  parts[segment] = `${text.slice(0, index)}${replacement}${text.slice(index + 1)}`;
  return parts.join('.');
}

describe('signPrescription and verifyPrescriptionToken', () => {
  it('round-trips the claims and says which key, in which state, signed them', async () => {
    const { signingKey, lookup } = await testKey();
    const token = await signPrescription(claims, signingKey);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: signingKey.kid, ...HEADER });
    expect(await verifyPrescriptionToken(token, lookup, DURING)).toEqual({
      valid: true,
      claims,
      kid: signingKey.kid,
      keyState: 'active',
    });
  });

  it('keeps a prescription without registration number or strength as null, not as an empty text', async () => {
    const { signingKey, lookup } = await testKey();
    const bare = sampleClaims({
      prescriber: { ...claims.prescriber, registrationNumber: null },
      items: [{ ...(claims.items[0] as PrescriptionClaims['items'][number]), strengthAndForm: null }],
    });
    const result = await verifyPrescriptionToken(await signPrescription(bare, signingKey), lookup, DURING);
    expect(result.valid && result.claims).toEqual(bare);
  });

  it('still verifies what a retired key signed, and says so', async () => {
    const { signingKey, lookup } = await testKey('retired');
    const result = await verifyPrescriptionToken(await signPrescription(claims, signingKey), lookup, DURING);
    expect(result).toMatchObject({ valid: true, keyState: 'retired' });
  });

  it('refuses what a revoked key signed', async () => {
    const { signingKey, lookup } = await testKey('revoked');
    const token = await signPrescription(claims, signingKey);
    expect(await verifyPrescriptionToken(token, lookup, DURING)).toEqual({
      valid: false,
      reason: 'revoked-key',
    });
  });

  it('refuses a token from a key it does not know', async () => {
    const ours = await testKey();
    const theirs = await testKey();
    const token = await signPrescription(claims, theirs.signingKey);
    expect(await verifyPrescriptionToken(token, ours.lookup, DURING)).toEqual({
      valid: false,
      reason: 'unknown-key',
    });
  });

  it("refuses a token signed by another key that names our key's id", async () => {
    const ours = await testKey();
    const theirs = await testKey();
    const token = await signPrescription(claims, {
      kid: ours.signingKey.kid,
      privateKey: theirs.signingKey.privateKey,
    });
    expect(await verifyPrescriptionToken(token, ours.lookup, DURING)).toEqual({
      valid: false,
      reason: 'bad-signature',
    });
  });

  it('refuses a tampered payload (one character changed) and a tampered signature', async () => {
    const { signingKey, lookup } = await testKey();
    const token = await signPrescription(claims, signingKey);
    const payloadLength = token.split('.')[1]?.length ?? 0;
    for (const index of [0, 10, Math.floor(payloadLength / 2), payloadLength - 2]) {
      expect(await verifyPrescriptionToken(withCharChanged(token, 1, index), lookup, DURING)).toEqual({
        valid: false,
        reason: 'bad-signature',
      });
    }
    for (const index of [0, 40, 84]) {
      expect(await verifyPrescriptionToken(withCharChanged(token, 2, index), lookup, DURING)).toEqual({
        valid: false,
        reason: 'bad-signature',
      });
    }
  });

  it('refuses a signature whose last character differs only in its unused bits', async () => {
    const { signingKey, lookup } = await testKey();
    const token = await signPrescription(claims, signingKey);
    const last = token.at(-1) ?? '';
    // 64 signature bytes leave 4 unused bits in the last of 86 characters: 'A'…'P' differ only there.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sameBits =
      alphabet[(alphabet.indexOf(last) & 0b110000) | ((alphabet.indexOf(last) + 1) & 0b001111)];
    const twin = `${token.slice(0, -1)}${sameBits}`;
    expect(Buffer.from(twin.split('.')[2] ?? '', 'base64url')).toEqual(
      Buffer.from(token.split('.')[2] ?? '', 'base64url'),
    );
    expect(await verifyPrescriptionToken(twin, lookup, DURING)).toEqual({
      valid: false,
      reason: 'malformed',
    });
  });

  it('refuses alg none and HS256 keyed with the public key (algorithm confusion)', async () => {
    const { signingKey, publicKey, lookup } = await testKey();
    const genuine = await signPrescription(claims, signingKey);
    const payload = genuine.split('.')[1] ?? '';
    const noneHeader = Buffer.from(JSON.stringify({ alg: 'none', kid: signingKey.kid, ...HEADER })).toString(
      'base64url',
    );
    expect(await verifyPrescriptionToken(`${noneHeader}.${payload}.`, lookup, DURING)).toEqual({
      valid: false,
      reason: 'malformed',
    });
    expect(await verifyPrescriptionToken(`${noneHeader}.${payload}.AAAA`, lookup, DURING)).toEqual({
      valid: false,
      reason: 'bad-signature',
    });
    for (const secret of [
      publicKey.export({ format: 'pem', type: 'spki' }),
      JSON.stringify(publicKey.export({ format: 'jwk' })),
    ]) {
      const hs256 = await forge(
        { alg: 'HS256', kid: signingKey.kid, ...HEADER },
        toPayload(claims),
        createSecretKey(Buffer.from(secret)),
      );
      expect(await verifyPrescriptionToken(hs256, lookup, DURING)).toEqual({
        valid: false,
        reason: 'bad-signature',
      });
    }
  });

  it('refuses another type of token, and a header that brings its own key or extra parameters', async () => {
    const { signingKey, publicKey, lookup } = await testKey();
    const sign = (header: Record<string, unknown>) =>
      forge({ alg: 'ES256', kid: signingKey.kid, ...header }, toPayload(claims), signingKey.privateKey);
    expect(await verifyPrescriptionToken(await sign({ typ: 'JWT', zip: 'DEF' }), lookup, DURING)).toEqual({
      valid: false,
      reason: 'wrong-type',
    });
    for (const header of [
      { ...HEADER, jwk: publicKey.export({ format: 'jwk' }) },
      { ...HEADER, jku: 'https://elsewhere.example/jwks.json' },
      { typ: HEADER.typ },
    ]) {
      expect(await verifyPrescriptionToken(await sign(header), lookup, DURING)).toEqual({
        valid: false,
        reason: 'malformed',
      });
    }
  });

  it('refuses a signed payload that is not a version-1 prescription', async () => {
    const { signingKey, lookup } = await testKey();
    const header = { alg: 'ES256', kid: signingKey.kid, ...HEADER };
    const good = toPayload(claims);
    const payloads: (Uint8Array | object)[] = [
      { ...good, v: 2 },
      { ...good, it: [] },
      { ...good, pt: { ...good.pt, bd: '15/03/1972' } },
      { ...good, exp: good.iat + MAX_VALIDITY_MS / 1000 + 1 },
      { ...good, extra: 'claim' },
      new TextEncoder().encode(JSON.stringify(good)),
      deflateRawSync('not json'),
    ];
    for (const payload of payloads) {
      const token = await forge(header, payload, signingKey.privateKey);
      expect(await verifyPrescriptionToken(token, lookup, DURING)).toEqual({
        valid: false,
        reason: 'invalid-claims',
      });
    }
  });

  it('is valid from issue (less a minute of clock skew) until expiry, and shows the claims outside it', async () => {
    const { signingKey, lookup } = await testKey();
    const token = await signPrescription(claims, signingKey);
    const at = (offsetMs: number, from: Date) => new Date(from.getTime() + offsetMs);
    expect(await verifyPrescriptionToken(token, lookup, at(-120_000, ISSUED_AT))).toEqual({
      valid: false,
      reason: 'not-yet-valid',
      claims,
    });
    expect((await verifyPrescriptionToken(token, lookup, at(-30_000, ISSUED_AT))).valid).toBe(true);
    expect((await verifyPrescriptionToken(token, lookup, at(-1_000, claims.expiresAt))).valid).toBe(true);
    expect(await verifyPrescriptionToken(token, lookup, claims.expiresAt)).toEqual({
      valid: false,
      reason: 'expired',
      claims,
    });
  });

  it('accepts a token typed or copied over several lines', async () => {
    const { signingKey, lookup } = await testKey();
    const token = await signPrescription(claims, signingKey);
    const typed = `  ${token.match(/.{1,60}/g)?.join('\n') ?? ''} \n`;
    expect((await verifyPrescriptionToken(typed, lookup, DURING)).valid).toBe(true);
  });

  it('answers malformed for anything that is not a compact JWS, and never throws', async () => {
    const { lookup } = await testKey();
    for (const input of [
      undefined,
      null,
      42,
      {},
      '',
      'a.b',
      'a.b.c.d',
      'eyJ.e30.',
      '!!.??.**',
      'x'.repeat(5000),
    ]) {
      expect(await verifyPrescriptionToken(input, lookup, DURING)).toEqual({
        valid: false,
        reason: 'malformed',
      });
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (input) => {
        expect((await verifyPrescriptionToken(input, lookup, DURING)).valid).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses to sign invalid claims and names the fields, not their values', async () => {
    const { signingKey } = await testKey();
    const invalid: PrescriptionClaims[] = [
      sampleClaims({ prescriptionId: 'not-a-uuid' }),
      sampleClaims({ expiresAt: ISSUED_AT }),
      sampleClaims({ expiresAt: new Date(ISSUED_AT.getTime() + MAX_VALIDITY_MS + 1000) }),
      sampleClaims({ patient: { ...claims.patient, name: 'Samuel\nJones' } }),
      sampleClaims({ items: [] }),
    ];
    for (const each of invalid) {
      const error = await signPrescription(each, signingKey).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidPrescriptionClaimsError);
      expect(String(error)).not.toMatch(/Samuel|not-a-uuid/);
    }
    // Under a second apart: both round down to the same second, so the token would be born expired.
    const instant = sampleClaims({ expiresAt: new Date(ISSUED_AT.getTime() + 500) });
    await expect(signPrescription(instant, signingKey)).rejects.toBeInstanceOf(
      InvalidPrescriptionClaimsError,
    );
  });

  it('refuses to sign a prescription too large for a scannable QR code', async () => {
    const { signingKey } = await testKey();
    // Random text does not compress: four items of the longest texts allowed.
    const noise = (length: number) => randomBytes(length).toString('base64').slice(0, length);
    const item = (index: number) => ({
      productId: `product-${index}`,
      name: noise(100),
      strengthAndForm: noise(60),
      dosage: noise(200),
      quantity: 1,
      refills: 0,
    });
    const huge = sampleClaims({ items: [item(1), item(2), item(3), item(4)] });
    await expect(signPrescription(huge, signingKey)).rejects.toBeInstanceOf(PrescriptionTooLargeError);
  });
});
