import { Problem } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, testCipher } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { mailsTo } from '../mail/mailbox.test-helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let nextIp = 1;
const freshIp = () => `192.0.2.${nextIp++}`;

function attempt(email: string, password: string, remoteAddress: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
    remoteAddress,
  });
}

/** Fails once, waiting first if the server asks for a pause, as a patient attacker would. */
async function failOnce(email: string, ip: string) {
  let response = await attempt(email, 'not the password', ip);
  if (response.statusCode === 429 && Problem.parse(response.json()).code === 'sign_in_throttled') {
    t.clock.advance(Number(response.headers['retry-after']) * 1000);
    response = await attempt(email, 'not the password', ip);
  }
  return response;
}

const withoutRequestId = (response: Awaited<ReturnType<typeof attempt>>) => {
  const { requestId: _ignored, instance: _path, ...rest } = Problem.parse(response.json());
  return rest;
};

describe('throttling and lockout', () => {
  it('slows down repeated failures from the sixth on, telling the caller when to retry', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const ip = freshIp();
    for (let i = 0; i < 6; i++) expect((await attempt(user.email, 'nope nope', ip)).statusCode).toBe(401);
    const tooSoon = await attempt(user.email, user.password, ip);
    expect(tooSoon.statusCode).toBe(429);
    expect(Problem.parse(tooSoon.json()).code).toBe('sign_in_throttled');
    expect(tooSoon.headers['retry-after']).toBe('1');
    t.clock.advance(1_000);
    expect((await attempt(user.email, user.password, ip)).statusCode).toBe(200);
  });

  it('locks an account after 20 wrong passwords, says so, and says the same for an unknown address', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const unknown = 'nobody-at-all@example.org';
    const ip = freshIp();
    const answers = { known: [] as number[], unknown: [] as number[] };
    let lastKnown: Awaited<ReturnType<typeof attempt>> | undefined;
    let lastUnknown: Awaited<ReturnType<typeof attempt>> | undefined;
    for (let i = 0; i < 20; i++) {
      lastKnown = await failOnce(user.email, ip);
      lastUnknown = await failOnce(unknown, ip);
      answers.known.push(lastKnown.statusCode);
      answers.unknown.push(lastUnknown.statusCode);
    }
    expect(answers.known).toEqual([...Array(19).fill(401), 429]);
    expect(answers.unknown).toEqual(answers.known);
    if (!lastKnown || !lastUnknown) throw new Error('no answers');
    expect(withoutRequestId(lastKnown)).toEqual(withoutRequestId(lastUnknown));
    expect(Problem.parse(lastKnown.json())).toMatchObject({
      code: 'account_locked',
      detail: expect.stringMatching(/locked for 15 minutes/),
    });

    // Locked means locked: even the right password is refused, from any address.
    const rightPassword = await attempt(user.email, user.password, freshIp());
    expect(Problem.parse(rightPassword.json()).code).toBe('account_locked');

    t.clock.advance(15 * 60_000);
    expect((await attempt(user.email, user.password, freshIp())).statusCode).toBe(200);

    const locked = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('actor_user_id', '=', user.id)
      .where('action', '=', 'auth.account_locked')
      .execute();
    expect(locked).toHaveLength(1);
    // The owner is told by e-mail; nobody is told anything about the unknown address.
    const notices = await mailsTo(t.testDb.db, testCipher, user.email);
    expect(notices.map((m) => m.subject)).toEqual(['Your LifeCare Nexus account is locked for a while']);
    expect(notices[0]?.text).toContain('locked for 15 minutes');
    expect(await mailsTo(t.testDb.db, testCipher, unknown)).toEqual([]);
  });

  it('pauses one source address that fails 100 times across many accounts, not the others', async () => {
    const user = await buildUser(t.testDb.db, t.clock);
    const attacker = freshIp();
    for (let i = 0; i < 100; i++) await attempt(`target-${i}@example.org`, 'password1', attacker);
    const paused = await attempt(user.email, user.password, attacker);
    expect(paused.statusCode).toBe(429);
    expect(Problem.parse(paused.json()).code).toBe('sign_in_throttled');
    expect((await attempt(user.email, user.password, freshIp())).statusCode).toBe(200);
  });
});
