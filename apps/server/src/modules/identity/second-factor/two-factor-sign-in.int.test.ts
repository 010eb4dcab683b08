import { Me, Problem, RecoveryCodes, SecurityOverview, TotpConfirmed, TotpSetup } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../../test/factories.ts';
import { freshTotpCode, SESSION_COOKIE, signedIn, signInWithPassword } from '../../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { totpCodeAt } from './totp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const codeOf = (response: { json(): unknown }) => Problem.parse(response.json()).code;

describe('two-factor sign-in', () => {
  it('a right password alone reaches nothing but the second-factor step', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const halfWay = await signInWithPassword(t, user);
    expect(halfWay.response.json()).toEqual({ step: 'second_factor', email: user.email, methods: ['totp'] });
    const me = await halfWay.request({ method: 'GET', url: '/api/v1/me' });
    expect(me.statusCode).toBe(401);
    expect(codeOf(me)).toBe('sign_in_incomplete');
    expect((await halfWay.request({ method: 'GET', url: '/api/v1/sessions' })).statusCode).toBe(401);
  });

  it('a code from the app finishes signing in with a new session token; the half-way one dies', async () => {
    const user = await buildUser(t.testDb.db, t.clock, { role: 'doctor' });
    const halfWay = await signInWithPassword(t, user);
    const done = await halfWay.request({
      method: 'POST',
      url: '/api/v1/auth/second-factor/totp',
      payload: { code: freshTotpCode(t, user.totpSecret) },
    });
    expect(done.statusCode).toBe(200);
    expect(Me.parse(done.json()).id).toBe(user.id);
    const rotated = done.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(halfWay.sessionCookie);
    const viaOld = await t.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      cookies: { [SESSION_COOKIE]: halfWay.sessionCookie },
    });
    expect(viaOld.json()).toEqual({ me: null, pending: null });
    const viaNew = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      cookies: { [SESSION_COOKIE]: rotated as string },
    });
    expect(viaNew.statusCode).toBe(200);
  });

  it('refuses a code that was already used, even on a new sign-in, and accepts the next one', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const code = totpCodeAt(user.totpSecret, t.clock.now());
    const first = await signInWithPassword(t, user);
    const ok = await first.request({
      method: 'POST',
      url: '/api/v1/auth/second-factor/totp',
      payload: { code },
    });
    expect(ok.statusCode).toBe(200);

    const second = await signInWithPassword(t, user);
    const replay = await second.request({
      method: 'POST',
      url: '/api/v1/auth/second-factor/totp',
      payload: { code },
    });
    expect(replay.statusCode).toBe(401);
    expect(codeOf(replay)).toBe('totp_code_used');

    t.clock.advance(30_000);
    const next = await second.request({
      method: 'POST',
      url: '/api/v1/auth/second-factor/totp',
      payload: { code: totpCodeAt(user.totpSecret, t.clock.now()) },
    });
    expect(next.statusCode).toBe(200);
  });

  it('accepts one step of clock skew but not two', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    t.clock.advance(10 * 60_000);
    const halfWay = await signInWithPassword(t, user);
    const twoStepsAgo = totpCodeAt(user.totpSecret, new Date(t.clock.now().getTime() - 60_000));
    const refused = await halfWay.request({
      method: 'POST',
      url: '/api/v1/auth/second-factor/totp',
      payload: { code: twoStepsAgo },
    });
    expect(codeOf(refused)).toBe('invalid_second_factor');
    const oneStepAhead = totpCodeAt(user.totpSecret, new Date(t.clock.now().getTime() + 30_000));
    const accepted = await halfWay.request({
      method: 'POST',
      url: '/api/v1/auth/second-factor/totp',
      payload: { code: oneStepAhead },
    });
    expect(accepted.statusCode).toBe(200);
  });

  it('ends the half-way session after five wrong codes', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const halfWay = await signInWithPassword(t, user);
    for (let i = 0; i < 5; i++) {
      const wrong = await halfWay.request({
        method: 'POST',
        url: '/api/v1/auth/second-factor/totp',
        payload: { code: '000000' },
      });
      expect(wrong.statusCode).toBe(401);
    }
    const right = await halfWay.request({
      method: 'POST',
      url: '/api/v1/auth/second-factor/totp',
      payload: { code: freshTotpCode(t, user.totpSecret) },
    });
    expect(right.statusCode).toBe(401);
    expect(codeOf(right)).toBe('not_signed_in');
  });

  it('wrong second factors count towards the account lockout', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    let last = 0;
    for (let attempt = 0; attempt < 4 && last !== 429; attempt++) {
      t.clock.advance(61_000);
      const halfWay = await signInWithPassword(t, user);
      for (let i = 0; i < 5; i++) {
        t.clock.advance(61_000); // past the progressive delay
        const wrong = await halfWay.request({
          method: 'POST',
          url: '/api/v1/auth/second-factor/totp',
          payload: { code: '000000' },
        });
        last = wrong.statusCode;
        if (last === 429) {
          expect(codeOf(wrong)).toBe('account_locked');
          break;
        }
      }
    }
    expect(last).toBe(429);
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: user.email, password: user.password },
    });
    expect(locked.statusCode).toBe(429);
  });

  it('requires the CSRF header on state-changing requests of a cookie session', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const client = await signedIn(t, user);
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions/end-others',
      cookies: { [SESSION_COOKIE]: client.sessionCookie },
    });
    expect(without.statusCode).toBe(403);
    expect(codeOf(without)).toBe('csrf_token_invalid');
    const wrong = await client.request({
      method: 'POST',
      url: '/api/v1/sessions/end-others',
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await client.request({ method: 'POST', url: '/api/v1/sessions/end-others' })).statusCode).toBe(
      200,
    );
  });
});

describe('enrolment and recovery codes', () => {
  async function enrol() {
    const user = await buildUser(t.testDb.db, t.clock, { withTotp: false });
    const halfWay = await signInWithPassword(t, user);
    expect(halfWay.response.json()).toEqual({ step: 'enrolment', email: user.email });
    const setup = TotpSetup.parse(
      (await halfWay.request({ method: 'POST', url: '/api/v1/account/totp/setup' })).json(),
    );
    expect(new URL(setup.otpauthUri).searchParams.get('secret')).toBe(setup.secret);
    expect(setup.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(setup.qrCodeDataUrl.split(',')[1] as string, 'base64').toString()).toContain('<svg');
    const wrong = await halfWay.request({
      method: 'POST',
      url: '/api/v1/account/totp/confirm',
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(401);
    const confirmed = await halfWay.request({
      method: 'POST',
      url: '/api/v1/account/totp/confirm',
      payload: { code: freshTotpCode(t, setup.secret) },
    });
    expect(confirmed.statusCode).toBe(200);
    const body = TotpConfirmed.parse(confirmed.json());
    const cookie = confirmed.cookies.find((c) => c.name === SESSION_COOKIE)?.value as string;
    return { user: { ...user, totpSecret: setup.secret }, recoveryCodes: body.recoveryCodes ?? [], cookie };
  }

  it('an account without a factor must set up an app first; confirming it signs in and gives ten codes', async () => {
    const { user, recoveryCodes, cookie } = await enrol();
    expect(recoveryCodes).toHaveLength(10);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      cookies: { [SESSION_COOKIE]: cookie },
    });
    expect(me.statusCode).toBe(200);
    const stored = await t.testDb.db.kysely
      .selectFrom('recovery_codes')
      .select('code_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(10);
    const secretRow = await t.testDb.db.kysely
      .selectFrom('totp_authenticators')
      .select('secret_envelope')
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(secretRow.secret_envelope).toMatch(/^nx1\./);
    expect(secretRow.secret_envelope).not.toContain(user.totpSecret);
    for (const code of recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code.replaceAll('-', ''));
  });

  it('a recovery code signs in once and only once', async () => {
    const { user, recoveryCodes } = await enrol();
    const code = (recoveryCodes[3] as string).toUpperCase().replaceAll('-', ' ');
    const first = await signInWithPassword(t, user);
    expect(first.response.json()).toMatchObject({ methods: ['totp', 'recovery_code'] });
    const ok = await first.request({
      method: 'POST',
      url: '/api/v1/auth/second-factor/recovery-code',
      payload: { code },
    });
    expect(ok.statusCode).toBe(200);
    const again = await signInWithPassword(t, user);
    const refused = await again.request({
      method: 'POST',
      url: '/api/v1/auth/second-factor/recovery-code',
      payload: { code },
    });
    expect(refused.statusCode).toBe(401);
    expect(codeOf(refused)).toBe('invalid_second_factor');
    const client = await signedIn(t, user);
    const overview = SecurityOverview.parse(
      (await client.request({ method: 'GET', url: '/api/v1/account/security' })).json(),
    );
    expect(overview.recoveryCodesRemaining).toBe(9);
  });

  it('removing or replacing a factor needs a fresh second factor, and the last one cannot go', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const client = await signedIn(t, user);
    t.clock.advance(6 * 60_000);
    const stale = await client.request({ method: 'DELETE', url: '/api/v1/account/totp' });
    expect(stale.statusCode).toBe(403);
    expect(codeOf(stale)).toBe('step_up_required');
    expect((await client.request({ method: 'POST', url: '/api/v1/account/recovery-codes' })).statusCode).toBe(
      403,
    );
    expect((await client.request({ method: 'POST', url: '/api/v1/account/totp/setup' })).statusCode).toBe(
      403,
    );

    const badStepUp = await client.request({
      method: 'POST',
      url: '/api/v1/account/step-up',
      payload: { method: 'totp', code: '000000' },
    });
    expect(badStepUp.statusCode).toBe(401);
    const stepUp = await client.request({
      method: 'POST',
      url: '/api/v1/account/step-up',
      payload: { method: 'totp', code: freshTotpCode(t, user.totpSecret) },
    });
    expect(stepUp.statusCode).toBe(200);
    const lastFactor = await client.request({ method: 'DELETE', url: '/api/v1/account/totp' });
    expect(lastFactor.statusCode).toBe(409);
    expect(codeOf(lastFactor)).toBe('last_factor');
    const codes = RecoveryCodes.parse(
      (await client.request({ method: 'POST', url: '/api/v1/account/recovery-codes' })).json(),
    );
    expect(codes.recoveryCodes).toHaveLength(10);

    const actions = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('actor_user_id', '=', user.id)
      .where('action', 'like', '%step_up%')
      .orderBy('seq')
      .execute();
    expect(actions).toEqual([
      { action: 'auth.step_up', outcome: 'failure' },
      { action: 'auth.step_up', outcome: 'success' },
    ]);
  });

  it('replacing the app keeps the old one working until the new one is confirmed', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const client = await signedIn(t, user); // the second factor was just proven: fresh
    const setup = TotpSetup.parse(
      (await client.request({ method: 'POST', url: '/api/v1/account/totp/setup' })).json(),
    );
    // Not confirmed yet: the old app still signs in, the new one does not.
    await signedIn(t, user);
    const withNew = await signInWithPassword(t, user);
    const refused = await withNew.request({
      method: 'POST',
      url: '/api/v1/auth/second-factor/totp',
      payload: { code: totpCodeAt(setup.secret, t.clock.now()) },
    });
    expect(refused.statusCode).toBe(401);
    t.clock.advance(90_000);
    const confirmed = await client.request({
      method: 'POST',
      url: '/api/v1/account/totp/confirm',
      payload: { code: freshTotpCode(t, setup.secret) },
    });
    expect(confirmed.statusCode).toBe(200);
    // This account had no recovery codes yet (provisioned without), so it gets them now; then none again.
    expect(TotpConfirmed.parse(confirmed.json()).recoveryCodes).toHaveLength(10);
    const old = await signInWithPassword(t, user);
    const oldCode = await old.request({
      method: 'POST',
      url: '/api/v1/auth/second-factor/totp',
      payload: { code: totpCodeAt(user.totpSecret, t.clock.now()) },
    });
    expect(oldCode.statusCode).toBe(401);
    await signedIn(t, { ...user, totpSecret: setup.secret });
    const again = TotpSetup.parse(
      (await client.request({ method: 'POST', url: '/api/v1/account/totp/setup' })).json(),
    );
    const reconfirmed = await client.request({
      method: 'POST',
      url: '/api/v1/account/totp/confirm',
      payload: { code: freshTotpCode(t, again.secret) },
    });
    expect(TotpConfirmed.parse(reconfirmed.json()).recoveryCodes).toBeNull();
  });
});
