import { randomUUID } from 'node:crypto';
import { Problem, RequestAccepted, VerifyEmailResult } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, testCipher } from '../../../test/factories.ts';
import { signInWithPassword } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { mailsTo, tokenFromLink } from '../mail/mailbox.test-helpers.ts';

const STRONG = 'glacier-tulip-orbit-47';

let t: TestApp;
let clinicId: string;
beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_URL: 'https://nexus.example.org' } });
  // Self-registered patients join the oldest clinic or hospital: not the older pharmacy.
  await buildOrganisation(t.testDb.db, t.clock, { kind: 'pharmacy' });
  clinicId = await buildOrganisation(t.testDb.db, t.clock, { name: 'First clinic', kind: 'clinic' });
  await buildOrganisation(t.testDb.db, t.clock, { kind: 'hospital' });
});
afterAll(() => t.close());

let nextSource = 1;
/** Each test comes from its own network, so the per-source limit counts only what the test sends. */
const newSource = () => `198.51.100.${nextSource++}`;

const newAddress = () => `new-${randomUUID()}@example.org`;

function signUp(body: { email: string; displayName?: string; password?: string }, remoteAddress: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    payload: { displayName: 'Robin Patel', password: STRONG, ...body },
    remoteAddress,
  });
}

const verify = (token: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } });

async function verificationToken(email: string): Promise<string> {
  const mails = await mailsTo(t.testDb.db, testCipher, email);
  const mail = mails.findLast((m) => m.subject.startsWith('Confirm your e-mail address'));
  if (!mail) throw new Error('no verification mail');
  return tokenFromLink(mail.text, 'verify-email');
}

const pendingCount = async () =>
  Number(
    (
      await t.testDb.db.kysely
        .selectFrom('pending_registrations')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('sign-up with e-mail verification', () => {
  it('mails a verification link; the link creates a patient account in the oldest clinic, once', async () => {
    const email = newAddress();
    const source = newSource();
    const response = await signUp({ email: email.toUpperCase(), displayName: 'Robin Patel' }, source);
    expect(response.statusCode).toBe(202);
    expect(RequestAccepted.parse(response.json()).status).toBe('accepted');

    const mails = await mailsTo(t.testDb.db, testCipher, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain('https://nexus.example.org/verify-email#token=');
    // No account before the link is followed.
    expect(
      await t.testDb.db.kysely.selectFrom('users').where('email', '=', email).select('id').execute(),
    ).toEqual([]);

    const verified = await verify(await verificationToken(email));
    expect(verified.statusCode).toBe(200);
    expect(VerifyEmailResult.parse(verified.json())).toEqual({ email });

    const user = await t.testDb.db.kysely
      .selectFrom('users as u')
      .innerJoin('memberships as m', 'm.user_id', 'u.id')
      .innerJoin('patients as p', 'p.user_id', 'u.id')
      .select(['u.id', 'u.display_name', 'm.organisation_id', 'm.role'])
      .where('u.email', '=', email)
      .execute();
    expect(user).toEqual([
      { id: expect.any(String), display_name: 'Robin Patel', organisation_id: clinicId, role: 'patient' },
    ]);
    const audit = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('action', '=', 'account.registered')
      .where('actor_user_id', '=', user[0]?.id ?? '')
      .execute();
    expect(audit).toHaveLength(1);

    // The password chosen at sign-up works: the sign-in goes on to setting up a second factor.
    const signIn = await signInWithPassword(t, { email, password: STRONG });
    expect(signIn.response.json()).toMatchObject({ step: 'enrolment' });

    const again = await verify(await verificationToken(email));
    expect(again.statusCode).toBe(400);
    expect(Problem.parse(again.json()).code).toBe('link_used');
  });

  it('answers a sign-up for a registered address exactly the same, and tells the owner by e-mail', async () => {
    const owner = await buildUser(t.testDb.db, t.clock, { displayName: 'Sam Owner' });
    const fresh = newAddress();
    const before = await pendingCount();

    const forOwner = await signUp({ email: owner.email, displayName: 'Someone Else' }, newSource());
    const forFresh = await signUp({ email: fresh }, newSource());
    expect(forOwner.statusCode).toBe(202);
    expect(forFresh.statusCode).toBe(202);
    expect(forOwner.body).toBe(forFresh.body);
    // The same work both ways: one stored sign-up each (the owner's is spent at once) and one mail each.
    expect(await pendingCount()).toBe(before + 2);

    const ownerMails = await mailsTo(t.testDb.db, testCipher, owner.email);
    expect(ownerMails).toHaveLength(1);
    expect(ownerMails[0]?.subject).toBe('Someone tried to register with your e-mail address');
    expect(ownerMails[0]?.text).toContain('Hello Sam Owner,');
    expect(ownerMails[0]?.text).toContain('https://nexus.example.org/forgot-password');
    expect(ownerMails[0]?.text).not.toContain('#token=');
    expect(ownerMails[0]?.text).not.toContain('Someone Else');
    expect((await mailsTo(t.testDb.db, testCipher, fresh))[0]?.subject).toMatch(/^Confirm your e-mail/);
  });

  it('refuses an unknown or expired link with a clear problem', async () => {
    const unknown = await verify('A'.repeat(43));
    expect(unknown.statusCode).toBe(400);
    expect(Problem.parse(unknown.json())).toMatchObject({ code: 'link_unknown' });

    const email = newAddress();
    await signUp({ email }, newSource());
    const token = await verificationToken(email);
    t.clock.advance(24 * 3_600_000 + 1_000);
    const expired = await verify(token);
    expect(expired.statusCode).toBe(400);
    const problem = Problem.parse(expired.json());
    expect(problem.code).toBe('link_expired');
    expect(problem.detail).toMatch(/expired.*Sign up again/);
    expect(
      await t.testDb.db.kysely.selectFrom('users').where('email', '=', email).select('id').execute(),
    ).toEqual([]);
  });

  it('creates one account when an address signed up twice, and says so on the second link', async () => {
    const email = newAddress();
    const source = newSource();
    await signUp({ email }, source);
    const first = await verificationToken(email);
    t.clock.advance(1_000);
    await signUp({ email }, source);
    const second = await verificationToken(email);
    expect(second).not.toBe(first);

    expect((await verify(second)).statusCode).toBe(200);
    const late = await verify(first);
    expect(late.statusCode).toBe(400);
    expect(Problem.parse(late.json()).code).toBe('already_registered');
  });

  it('refuses a weak password with zxcvbn feedback on the field, and mails nothing', async () => {
    const email = newAddress();
    const response = await signUp({ email, password: 'password1234' }, newSource());
    expect(response.statusCode).toBe(400);
    const problem = Problem.parse(response.json());
    expect(problem.code).toBe('weak_password');
    expect(problem.errors).toEqual([{ pointer: '/body/password', detail: expect.stringMatching(/common/i) }]);

    const ownName = await signUp(
      { email, displayName: 'Zebedee Quartermaine', password: 'zebedeequartermaine' },
      newSource(),
    );
    expect(Problem.parse(ownName.json()).code).toBe('weak_password');
    expect(await mailsTo(t.testDb.db, testCipher, email)).toEqual([]);
  });

  it('stores the verification mail encrypted: the row does not contain the link', async () => {
    const email = newAddress();
    await signUp({ email }, newSource());
    const [mail] = await mailsTo(t.testDb.db, testCipher, email);
    const token = tokenFromLink(mail?.text ?? '', 'verify-email');
    expect(mail?.bodyEnvelope.startsWith('nx1.')).toBe(true);
    expect(mail?.bodyEnvelope).not.toContain(token);
    expect(mail?.bodyEnvelope).not.toContain('verify-email');
    // Only the token's hash is stored with the registration.
    const stored = await t.testDb.db.kysely
      .selectFrom('pending_registrations')
      .select(['token_hash', 'password_hash'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('limits sign-ups per address (429, then fine an hour later) without revealing anything', async () => {
    const email = newAddress();
    for (let i = 0; i < 5; i++) expect((await signUp({ email }, newSource())).statusCode).toBe(202);
    const limited = await signUp({ email }, newSource());
    expect(limited.statusCode).toBe(429);
    expect(Problem.parse(limited.json()).code).toBe('too_many_requests');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await mailsTo(t.testDb.db, testCipher, email)).toHaveLength(5);

    t.clock.advance(3_600_000);
    expect((await signUp({ email }, newSource())).statusCode).toBe(202);
  });

  it('limits sign-up requests per source address, weak passwords included', async () => {
    const source = newSource();
    for (let i = 0; i < 30; i++) {
      expect((await signUp({ email: newAddress(), password: 'password1234' }, source)).statusCode).toBe(400);
    }
    const limited = await signUp({ email: newAddress() }, source);
    expect(limited.statusCode).toBe(429);
    expect((await signUp({ email: newAddress() }, newSource())).statusCode).toBe(202);
  });
});

describe('where self-registered patients go', () => {
  it('joins the configured organisation, and answers 503 when there is none to join', async () => {
    const app = await createTestApp();
    try {
      const empty = await app.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: { email: newAddress(), displayName: 'Early Bird', password: STRONG },
      });
      expect(empty.statusCode).toBe(503);
      expect(Problem.parse(empty.json()).code).toBe('registration_unavailable');
    } finally {
      await app.close();
    }

    const configured = randomUUID();
    const other = await createTestApp({ env: { REGISTRATION_ORGANISATION_ID: configured } });
    try {
      await buildOrganisation(other.testDb.db, other.clock, { kind: 'clinic' });
      const orgId = await other.testDb.db.kysely
        .insertInto('organisations')
        .values({ id: configured, name: 'Chosen hospital', kind: 'hospital' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const email = newAddress();
      await other.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: { email, displayName: 'Chosen One', password: STRONG },
      });
      const [mail] = await mailsTo(other.testDb.db, testCipher, email);
      const token = tokenFromLink(mail?.text ?? '', 'verify-email');
      const verified = await other.app.inject({
        method: 'POST',
        url: '/api/v1/auth/verify-email',
        payload: { token },
      });
      expect(verified.statusCode).toBe(200);
      const membership = await other.testDb.db.kysely
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select('m.organisation_id')
        .where('u.email', '=', email)
        .executeTakeFirstOrThrow();
      expect(membership.organisation_id).toBe(orgId.id);
    } finally {
      await other.close();
    }
  });
});
