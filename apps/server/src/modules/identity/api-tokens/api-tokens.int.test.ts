import { ApiTokenList, CreatedApiToken, Me, Problem } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../../test/factories.ts';
import { signedIn } from '../../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { SELF } from '../../../platform/auth/access-rule.ts';

let t: TestApp;
beforeAll(async () => {
  // A plain write route (not account security), to see the scopes at work.
  t = await createTestApp({
    extendApp: (app) => {
      app.post('/api/v1/test/echo', { config: { access: SELF } }, async (request) => ({
        userId: request.actor?.userId,
      }));
    },
  });
});
afterAll(() => t.close());

const withToken = (token: string, method: 'GET' | 'POST' | 'DELETE', url: string) =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` } });

describe('personal API tokens', () => {
  it('are shown once, stored hashed, act as their owner, and honour their scope', async () => {
    const user = await buildUser(t.testDb.db, t.clock, { role: 'doctor' });
    const client = await signedIn(t, user);
    const created = await client.request({
      method: 'POST',
      url: '/api/v1/account/api-tokens',
      payload: { name: 'Lab integration', scopes: ['read'], expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { token, summary } = CreatedApiToken.parse(created.json());
    expect(token).toMatch(/^nxp_[A-Za-z0-9_-]{43}$/);
    expect(summary).toMatchObject({ name: 'Lab integration', scopes: ['read'] });

    const row = await t.testDb.db.kysely
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', summary.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);

    const me = await withToken(token, 'GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(Me.parse(me.json()).id).toBe(user.id);

    // Read scope: no writes; and never account security, whatever the scope.
    const write = await withToken(token, 'POST', '/api/v1/test/echo');
    expect(write.statusCode).toBe(403);
    expect(Problem.parse(write.json()).code).toBe('insufficient_scope');
    expect((await withToken(token, 'POST', '/api/v1/sessions/end-others')).statusCode).toBe(403);
    const listTokens = await withToken(token, 'GET', '/api/v1/account/api-tokens');
    expect(listTokens.statusCode).toBe(403);
    expect(Problem.parse(listTokens.json()).code).toBe('api_token_not_allowed');

    const list = ApiTokenList.parse(
      (await client.request({ method: 'GET', url: '/api/v1/account/api-tokens' })).json(),
    );
    expect(list.tokens.map((x) => x.id)).toEqual([summary.id]);
    expect(list.tokens[0]?.lastUsedAt).not.toBeNull();
  });

  it('stop working when revoked or expired, and for a disabled user', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const client = await signedIn(t, user);
    const make = async (days: number) =>
      CreatedApiToken.parse(
        (
          await client.request({
            method: 'POST',
            url: '/api/v1/account/api-tokens',
            payload: { name: 'x', scopes: ['read', 'write'], expiresInDays: days },
          })
        ).json(),
      );
    const revoked = await make(30);
    const expiring = await make(1);
    const kept = await make(30);
    const echoed = await withToken(kept.token, 'POST', '/api/v1/test/echo');
    expect(echoed.json()).toEqual({ userId: user.id }); // write scope, and no CSRF header needed
    expect(
      (await client.request({ method: 'DELETE', url: `/api/v1/account/api-tokens/${revoked.summary.id}` }))
        .statusCode,
    ).toBe(204);
    expect((await withToken(revoked.token, 'GET', '/api/v1/me')).statusCode).toBe(401);
    t.clock.advance(86_400_000 + 1000);
    expect((await withToken(expiring.token, 'GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await withToken(kept.token, 'GET', '/api/v1/me')).statusCode).toBe(200);
    await t.testDb.db.kysely
      .updateTable('users')
      .set({ disabled_at: t.clock.now() })
      .where('id', '=', user.id)
      .execute();
    expect((await withToken(kept.token, 'GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('reject malformed tokens and other users’ token ids', async () => {
    expect((await withToken('not-a-token', 'GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await withToken(`nxp_${'a'.repeat(43)}`, 'GET', '/api/v1/me')).statusCode).toBe(401);
    const owner = await signedIn(t, await buildUser(t.testDb.db, t.clock));
    const stranger = await signedIn(t, await buildUser(t.testDb.db, t.clock));
    const { summary } = CreatedApiToken.parse(
      (
        await owner.request({
          method: 'POST',
          url: '/api/v1/account/api-tokens',
          payload: { name: 'mine', scopes: ['read'], expiresInDays: 5 },
        })
      ).json(),
    );
    expect(
      (await stranger.request({ method: 'DELETE', url: `/api/v1/account/api-tokens/${summary.id}` }))
        .statusCode,
    ).toBe(404);
    const bad = await owner.request({
      method: 'POST',
      url: '/api/v1/account/api-tokens',
      payload: { name: 'x', scopes: ['admin'], expiresInDays: 5000 },
    });
    expect(bad.statusCode).toBe(400);
  });
});
