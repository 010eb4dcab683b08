import { inflateRawSync } from 'node:zlib';
import { compactVerify, createLocalJWKSet } from 'jose';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCipher } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { sampleClaims } from './eprescription.test-helpers.ts';
import { createEprescriptionsModule, type EprescriptionsModule } from './index.ts';
import { JWKS_PATH } from './jwks.routes.ts';
import { PublishedJwks } from './signing-keys.ts';

describe(`GET ${JWKS_PATH}`, () => {
  let t: TestApp;
  let rx: EprescriptionsModule;
  beforeAll(async () => {
    // The app serves the route; the module here shares its database, so keys it makes are the app's.
    t = await createTestApp();
    rx = createEprescriptionsModule({
      db: t.testDb.db.kysely,
      cipher: testCipher,
      clock: t.clock,
      log: pino({ level: 'silent' }),
    });
  });
  afterAll(() => t.close());

  const fetchJwks = async () => (await t.app.inject({ method: 'GET', url: JWKS_PATH })).json();

  it('answers anyone, signed in or not, with the public keys and a short cache lifetime', async () => {
    const first = await rx.signingKeys.ensureActiveKey();
    const { retiredKid, activeKid } = await rx.signingKeys.rotate();
    const response = await t.app.inject({ method: 'GET', url: JWKS_PATH });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/jwk-set\+json/);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(PublishedJwks.parse(response.json()).keys.map((key) => key.kid)).toEqual([activeKid, retiredKid]);
    expect(retiredKid).toBe(first);
    expect(response.body).not.toMatch(/"d"|state|retired|envelope/);
  });

  it('serves the keys that verify what the module signs', async () => {
    const token = await rx.sign(sampleClaims());
    expect(await rx.verify(token)).toMatchObject({ valid: true, keyState: 'active' });
    const { payload } = await compactVerify(token, createLocalJWKSet(await fetchJwks()), {
      algorithms: ['ES256'],
    });
    expect(JSON.parse(inflateRawSync(payload).toString('utf8'))).toMatchObject({
      jti: sampleClaims().prescriptionId,
    });
  });

  it('leaves a revoked key out', async () => {
    const kid = await rx.signingKeys.ensureActiveKey();
    await rx.signingKeys.revoke(kid);
    expect(PublishedJwks.parse(await fetchJwks()).keys.map((key) => key.kid)).not.toContain(kid);
  });

  it('allows only GET (and HEAD)', async () => {
    expect((await t.app.inject({ method: 'POST', url: JWKS_PATH })).statusCode).toBe(405);
  });
});
