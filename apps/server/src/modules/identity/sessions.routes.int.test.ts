import { Problem, SessionList } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type TestUser } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0';
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

const signIn = (user: TestUser, userAgent: string, remoteAddress = '198.51.100.7') =>
  signedIn(t, user, { userAgent, remoteAddress });

const as = (client: SignedInClient, method: 'GET' | 'POST' | 'DELETE', url: string) =>
  client.request({ method, url });

describe('your sessions', () => {
  it('lists your open sessions, newest first, marking this one, and never anyone else’s', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const other = await buildUser(t.testDb.db, t.clock);
    const laptop = await signIn(user, FIREFOX, '198.51.100.7');
    t.clock.advance(60_000);
    const phone = await signIn(user, CHROME, '203.0.113.9');
    await signIn(other, CHROME);

    const { sessions } = SessionList.parse((await as(laptop, 'GET', '/api/v1/sessions')).json());
    expect(sessions.map((s) => [s.device, s.sourceIp, s.isCurrent])).toEqual([
      ['Chrome on Linux', '203.0.113.9', false],
      ['Firefox on Windows', '198.51.100.7', true],
    ]);
    const fromPhone = SessionList.parse((await as(phone, 'GET', '/api/v1/sessions')).json()).sessions;
    expect(fromPhone.find((s) => s.isCurrent)?.device).toBe('Chrome on Linux');
  });

  it('ends another session by id, which then no longer works; a stranger’s id is not found', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const stranger = await buildUser(t.testDb.db, t.clock);
    const laptop = await signIn(user, FIREFOX);
    const phone = await signIn(user, CHROME);
    const strangerCookie = await signIn(stranger, CHROME);
    const phoneId = SessionList.parse((await as(phone, 'GET', '/api/v1/sessions')).json()).sessions.find(
      (s) => s.isCurrent,
    )?.id;

    const notYours = await as(strangerCookie, 'DELETE', `/api/v1/sessions/${phoneId}`);
    expect(notYours.statusCode).toBe(404);
    expect(Problem.parse(notYours.json()).code).toBe('session_not_found');
    expect((await as(phone, 'GET', '/api/v1/me')).statusCode).toBe(200);

    expect((await as(laptop, 'DELETE', `/api/v1/sessions/${phoneId}`)).statusCode).toBe(204);
    expect((await as(phone, 'GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await as(laptop, 'DELETE', `/api/v1/sessions/${phoneId}`)).statusCode).toBe(404);
    expect((await as(laptop, 'GET', '/api/v1/me')).statusCode).toBe(200);
  });

  it('ends all other sessions at once', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const here = await signIn(user, FIREFOX);
    const others = [await signIn(user, CHROME), await signIn(user, CHROME)];
    const response = await as(here, 'POST', '/api/v1/sessions/end-others');
    expect(response.json()).toEqual({ ended: 2 });
    for (const cookie of others) expect((await as(cookie, 'GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await as(here, 'GET', '/api/v1/me')).statusCode).toBe(200);
  });

  it('lets an administrator of the user’s organisation end all their sessions, and nobody else', async () => {
    const member = await buildUser(t.testDb.db, t.clock, { role: 'nurse' });
    const admin = await buildUser(t.testDb.db, t.clock, {
      role: 'org_admin',
      organisationId: member.organisationId,
    });
    const foreignAdmin = await buildUser(t.testDb.db, t.clock, { role: 'org_admin' });
    const colleague = await buildUser(t.testDb.db, t.clock, {
      role: 'doctor',
      organisationId: member.organisationId,
    });
    const memberCookie = await signIn(member, CHROME);
    const url = `/api/v1/organisations/${member.organisationId}/members/${member.id}/sessions/end`;

    for (const outsider of [foreignAdmin, colleague]) {
      const refused = await as(await signIn(outsider, FIREFOX), 'POST', url);
      expect(refused.statusCode).toBe(403);
      expect(Problem.parse(refused.json()).code).toBe('not_permitted');
    }
    // An administrator of another organisation cannot reach a member through their own organisation.
    const elsewhere = `/api/v1/organisations/${foreignAdmin.organisationId}/members/${member.id}/sessions/end`;
    expect((await as(await signIn(foreignAdmin, FIREFOX), 'POST', elsewhere)).statusCode).toBe(404);
    expect((await as(memberCookie, 'GET', '/api/v1/me')).statusCode).toBe(200);

    const done = await as(await signIn(admin, FIREFOX), 'POST', url);
    expect(done.json()).toEqual({ ended: 1 });
    expect((await as(memberCookie, 'GET', '/api/v1/me')).statusCode).toBe(401);

    const audited = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select(['actor_user_id', 'outcome'])
      .where('action', '=', 'admin.user_sessions_ended')
      .where('resource_id', '=', member.id)
      .orderBy('seq')
      .execute();
    expect(audited.map((a) => [a.actor_user_id, a.outcome])).toEqual([[admin.id, 'success']]);
  });

  it('requires a session for all of it', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/sessions'],
      ['POST', '/api/v1/sessions/end-others'],
      ['DELETE', '/api/v1/sessions/00000000-0000-4000-8000-000000000001'],
    ] as const) {
      expect((await t.app.inject({ method, url })).statusCode).toBe(401);
    }
  });
});
