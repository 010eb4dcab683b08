import { Me, Problem, SessionState } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories.ts';
import { SESSION_COOKIE, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function signIn(email: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });
}

function sessionCookieOf(response: Awaited<ReturnType<typeof signIn>>) {
  const cookie = response.cookies.find((c) => c.name === '__Host-nexus_session');
  if (!cookie) throw new Error('no session cookie was set');
  return cookie;
}

const me = (cookie?: string) =>
  t.app.inject({
    method: 'GET',
    url: '/api/v1/me',
    ...(cookie ? { cookies: { '__Host-nexus_session': cookie } } : {}),
  });

/** Signs in with both factors; the finished session's cookie value. */
const fullSignIn = async (user: { email: string; password: string; totpSecret: string }) =>
  (await signedIn(t, user)).sessionCookie;

describe('sign-in and sessions', () => {
  it('signs in, sets a hardened session cookie, and answers /me', async () => {
    const user = await buildUser(t.testDb.db, t.clock, { role: 'doctor' });
    const response = await signIn(user.email.toUpperCase(), user.password);
    expect(response.statusCode).toBe(200);
    const cookie = sessionCookieOf(response);
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const csrf = response.cookies.find((c) => c.name === '__Host-nexus_csrf');
    expect(csrf).toMatchObject({ secure: true, sameSite: 'Strict', path: '/' });
    expect(csrf?.httpOnly).toBeFalsy();

    const profile = Me.parse((await me(await fullSignIn(user))).json());
    expect(profile).toMatchObject({ id: user.id, email: user.email });
    expect(profile.memberships).toEqual([
      expect.objectContaining({
        organisationId: user.organisationId,
        role: 'doctor',
        organisationKind: 'clinic',
      }),
    ]);
  });

  it('stores only a hash of the session token', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const cookie = await fullSignIn(user);
    const rows = await t.testDb.db.kysely
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).not.toContain(cookie);
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same answer for a wrong password, an unknown account and a disabled one', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const disabled = await buildUser(t.testDb.db, t.clock);
    await t.testDb.db.kysely
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('id', '=', disabled.id)
      .execute();

    const answers = await Promise.all([
      signIn(user.email, 'not the password'),
      signIn('nobody-here@example.org', 'whatever it is'),
      signIn(disabled.email, disabled.password),
    ]);
    const bodies = answers.map((response) => {
      expect(response.statusCode).toBe(401);
      expect(response.cookies).toHaveLength(0);
      const { requestId: _ignored, ...rest } = Problem.parse(response.json());
      return rest;
    });
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect(bodies[0]?.code).toBe('invalid_credentials');
  });

  it('rejects a malformed sign-in request without touching sessions', async () => {
    const before = await t.testDb.db.kysely
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'not-an-email' },
    });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).code).toBe('validation_failed');
    const after = await t.testDb.db.kysely
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(after).toEqual(before);
  });

  it('requires a session for /api routes', async () => {
    const anonymous = await me();
    expect(anonymous.statusCode).toBe(401);
    expect(Problem.parse(anonymous.json()).code).toBe('not_signed_in');
    expect((await me('forged-token-value')).statusCode).toBe(401);
  });

  it('ends the session at sign-out: a copied (stolen) cookie stops working', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const cookie = await fullSignIn(user);
    expect((await me(cookie)).statusCode).toBe(200);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      cookies: { [SESSION_COOKIE]: cookie },
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe('');
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('expires a session after 30 idle minutes but not while it is used', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const cookie = await fullSignIn(user);
    for (let i = 0; i < 3; i++) {
      t.clock.advance(20 * 60_000);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    t.clock.advance(31 * 60_000);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('expires a session 12 hours after sign-in however busy it is', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const cookie = await fullSignIn(user);
    // A request every 20 minutes keeps the session from going idle, up to its absolute end.
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      t.clock.advance(20 * 60_000);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    t.clock.advance(20 * 60_000);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('refuses a sign-in posted from another site', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { origin: 'https://evil.example', host: 'clinic.example' },
      payload: { email: user.email, password: user.password },
    });
    expect(forged.statusCode).toBe(403);
    expect(Problem.parse(forged.json()).code).toBe('cross_origin_request');
    expect(forged.cookies).toHaveLength(0);
    const sameSite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { origin: 'https://clinic.example', host: 'clinic.example' },
      payload: { email: user.email, password: user.password },
    });
    expect(sameSite.statusCode).toBe(200);
  });

  it('tells the web app who is signed in without a 401', async () => {
    const user = await buildUser(t.testDb.db, t.clock, { role: 'nurse' });
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/session' });
    expect(anonymous.statusCode).toBe(200);
    expect(SessionState.parse(anonymous.json())).toEqual({ me: null, pending: null });

    const halfWay = sessionCookieOf(await signIn(user.email, user.password));
    const pending = await t.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      cookies: { [SESSION_COOKIE]: halfWay.value },
    });
    expect(SessionState.parse(pending.json())).toEqual({
      me: null,
      pending: { step: 'second_factor', email: user.email, methods: ['totp'] },
    });

    const cookie = await fullSignIn(user);
    const signedInState = await t.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      cookies: { [SESSION_COOKIE]: cookie },
    });
    const state = SessionState.parse(signedInState.json());
    expect(state.pending).toBeNull();
    expect(state.me).toMatchObject({ id: user.id, email: user.email, patientId: null });
  });

  it('records sign-in, failed sign-in and sign-out in the audit log, without the e-mail address', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    await signIn(user.email, 'wrong password here');
    const cookie = await fullSignIn(user);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      cookies: { [SESSION_COOKIE]: cookie },
    });
    const entries = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'outcome', 'source_ip', 'request_id', 'details'])
      .where('actor_user_id', '=', user.id)
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => [e.action, e.outcome])).toEqual([
      ['auth.sign_in', 'failure'],
      ['auth.password_accepted', 'success'],
      ['auth.sign_in', 'success'],
      ['auth.sign_out', 'success'],
    ]);
    expect(entries[2]?.details).toEqual({ method: 'totp' });
    expect(entries[0]?.details).toEqual({ reason: 'wrong_password' });
    expect(entries.every((e) => e.source_ip === '127.0.0.1' && e.request_id)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(user.email);
  });
});
