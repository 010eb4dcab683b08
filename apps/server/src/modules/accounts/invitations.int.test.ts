import { randomUUID } from 'node:crypto';
import { Invitation, InvitationAccepted, InvitationList, InvitationLookup, Problem } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, type TestUser, testCipher } from '../../../test/factories.ts';
import { type SignedInClient, signedIn, signInWithPassword } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { mailsTo, tokenFromLink } from '../mail/mailbox.test-helpers.ts';

const STRONG = 'glacier-tulip-orbit-47';

let t: TestApp;
let organisationId: string;
let admin: TestUser;
let adminClient: SignedInClient;
beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_URL: 'https://nexus.example.org' } });
  organisationId = await buildOrganisation(t.testDb.db, t.clock, { name: 'Riverside Clinic' });
  admin = await buildUser(t.testDb.db, t.clock, {
    role: 'org_admin',
    organisationId,
    displayName: 'Ada Admin',
  });
  adminClient = await signedIn(t, admin);
});
afterAll(() => t.close());

const invitationsUrl = (orgId = organisationId) => `/api/v1/organisations/${orgId}/invitations`;

async function invite(
  body: { email: string; displayName?: string; role?: string },
  client: SignedInClient = adminClient,
) {
  return client.request({
    method: 'POST',
    url: invitationsUrl(),
    payload: { displayName: 'Dr Jordan Lee', role: 'doctor', ...body },
  });
}

async function invitationToken(email: string): Promise<string> {
  const mail = (await mailsTo(t.testDb.db, testCipher, email)).findLast((m) =>
    m.subject.startsWith('You are invited'),
  );
  if (!mail) throw new Error('no invitation mail');
  return tokenFromLink(mail.text, 'accept-invitation');
}

const lookup = (token: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/invitations/lookup', payload: { token } });
const accept = (payload: { token: string; password: string; displayName?: string }) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/invitations/accept', payload });

const rolesOf = async (email: string) =>
  (
    await t.testDb.db.kysely
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.organisation_id', 'm.role'])
      .where('u.email', '=', email)
      .orderBy('m.role')
      .execute()
  ).map((m) => `${m.organisation_id === organisationId ? 'here' : 'elsewhere'}:${m.role}`);

const newAddress = () => `invitee-${randomUUID()}@example.org`;

describe('inviting someone new', () => {
  it('mails a link; accepting creates the account with the role, once', async () => {
    const email = newAddress();
    const created = await invite({ email: email.toUpperCase(), role: 'doctor' });
    expect(created.statusCode).toBe(201);
    const invitation = Invitation.parse(created.json());
    expect(invitation).toMatchObject({ email, role: 'doctor', status: 'pending', organisationId });

    const [mail] = await mailsTo(t.testDb.db, testCipher, email);
    expect(mail?.subject).toBe('You are invited to join Riverside Clinic on LifeCare Nexus');
    expect(mail?.text).toContain(
      'Ada Admin invites you to join Riverside Clinic on LifeCare Nexus as a doctor.',
    );
    expect(mail?.text).toContain('https://nexus.example.org/accept-invitation#token=');
    const token = await invitationToken(email);

    const looked = await lookup(token);
    expect(InvitationLookup.parse(looked.json())).toEqual({
      organisationName: 'Riverside Clinic',
      role: 'doctor',
      email,
      displayName: 'Dr Jordan Lee',
      hasAccount: false,
    });

    const weak = await accept({ token, password: 'password1234' });
    expect(weak.statusCode).toBe(400);
    expect(Problem.parse(weak.json()).errors?.[0]?.pointer).toBe('/body/password');

    const accepted = await accept({ token, password: STRONG, displayName: 'Jordan Lee' });
    expect(accepted.statusCode).toBe(200);
    expect(InvitationAccepted.parse(accepted.json())).toEqual({
      email,
      organisationName: 'Riverside Clinic',
      role: 'doctor',
      isNewAccount: true,
    });
    expect(await rolesOf(email)).toEqual(['here:doctor']);
    const user = await t.testDb.db.kysely
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(user.display_name).toBe('Jordan Lee');
    expect((await signInWithPassword(t, { email, password: STRONG })).response.json()).toMatchObject({
      step: 'enrolment',
    });

    const reused = await accept({ token, password: STRONG });
    expect(reused.statusCode).toBe(400);
    expect(Problem.parse(reused.json()).code).toBe('link_used');
    expect(Problem.parse((await lookup(token)).json()).code).toBe('link_used');

    const list = InvitationList.parse(
      (await adminClient.request({ method: 'GET', url: invitationsUrl() })).json(),
    );
    expect(list.invitations.find((i) => i.id === invitation.id)?.status).toBe('accepted');

    const audit = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'resource_id'])
      .where('resource_id', '=', invitation.id)
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'account.invited', actor_user_id: admin.id, resource_id: invitation.id },
      { action: 'account.invitation_accepted', actor_user_id: user.id, resource_id: invitation.id },
    ]);
  });

  it('keeps the mail encrypted at rest and only the token hash in the invitation', async () => {
    const email = newAddress();
    await invite({ email });
    const token = await invitationToken(email);
    const [mail] = await mailsTo(t.testDb.db, testCipher, email);
    expect(mail?.bodyEnvelope).not.toContain(token);
    const rows = await t.testDb.db.kysely
      .selectFrom('invitations')
      .select('token_hash')
      .where('email', '=', email)
      .execute();
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });

  it('lets links expire after 7 days', async () => {
    const email = newAddress();
    const invitation = Invitation.parse((await invite({ email })).json());
    const token = await invitationToken(email);
    t.clock.advance(7 * 86_400_000 + 1_000);
    adminClient = await signedIn(t, admin);
    expect(Problem.parse((await lookup(token)).json()).code).toBe('link_expired');
    expect(Problem.parse((await accept({ token, password: STRONG })).json()).code).toBe('link_expired');
    const list = InvitationList.parse(
      (await adminClient.request({ method: 'GET', url: invitationsUrl() })).json(),
    );
    expect(list.invitations.find((i) => i.id === invitation.id)?.status).toBe('expired');
  });
});

describe('inviting someone who has an account', () => {
  it('adds the role after the account’s own password; a wrong one is refused', async () => {
    const patient = await buildUser(t.testDb.db, t.clock, { role: 'patient' });
    await invite({ email: patient.email, role: 'nurse' });
    const token = await invitationToken(patient.email);
    expect(InvitationLookup.parse((await lookup(token)).json()).hasAccount).toBe(true);

    const wrong = await accept({ token, password: STRONG });
    expect(wrong.statusCode).toBe(400);
    expect(Problem.parse(wrong.json())).toMatchObject({
      code: 'wrong_password',
      errors: [{ pointer: '/body/password' }],
    });
    expect(await rolesOf(patient.email)).toEqual(['elsewhere:patient']);

    const client = await signedIn(t, patient);
    const accepted = await accept({ token, password: patient.password });
    expect(InvitationAccepted.parse(accepted.json())).toMatchObject({ isNewAccount: false, role: 'nurse' });
    expect(await rolesOf(patient.email)).toEqual(['here:nurse', 'elsewhere:patient']);
    // The open session sees the new role at once.
    const me = (await client.request({ method: 'GET', url: '/api/v1/me' })).json() as {
      memberships: { role: string }[];
    };
    expect(me.memberships.map((m) => m.role).sort()).toEqual(['nurse', 'patient']);

    const again = await invite({ email: patient.email, role: 'nurse' });
    expect(again.statusCode).toBe(409);
    expect(Problem.parse(again.json()).code).toBe('already_member');
  });

  it('adds a role it already holds by now without a duplicate, and gives a new patient a record', async () => {
    const nurse = await buildUser(t.testDb.db, t.clock, { role: 'nurse' });
    await invite({ email: nurse.email, role: 'patient' });
    const token = await invitationToken(nurse.email);
    expect((await accept({ token, password: nurse.password })).statusCode).toBe(200);
    expect(await rolesOf(nurse.email)).toEqual(['elsewhere:nurse', 'here:patient']);
    const patient = await t.testDb.db.kysely
      .selectFrom('patients')
      .select('id')
      .where('user_id', '=', nurse.id)
      .execute();
    expect(patient).toHaveLength(1);

    const other = await buildUser(t.testDb.db, t.clock, { role: 'dietitian' });
    await invite({ email: other.email, role: 'doctor' });
    const otherToken = await invitationToken(other.email);
    await t.testDb.db.kysely
      .insertInto('memberships')
      .values({ user_id: other.id, organisation_id: organisationId, role: 'doctor' })
      .execute();
    expect((await accept({ token: otherToken, password: other.password })).statusCode).toBe(200);
    expect(await rolesOf(other.email)).toEqual(['elsewhere:dietitian', 'here:doctor']);
  });

  it('withdraws the invitation after 5 wrong passwords', async () => {
    const user = await buildUser(t.testDb.db, t.clock, { role: 'patient' });
    await invite({ email: user.email, role: 'pharmacist' });
    const token = await invitationToken(user.email);
    for (let i = 0; i < 4; i++) {
      expect(
        Problem.parse((await accept({ token, password: `wrong ${i} but long enough` })).json()).code,
      ).toBe('wrong_password');
    }
    const last = await accept({ token, password: 'the fifth wrong one' });
    expect(Problem.parse(last.json()).code).toBe('link_revoked');
    expect(Problem.parse((await accept({ token, password: user.password })).json()).code).toBe(
      'link_revoked',
    );
    expect(await rolesOf(user.email)).toEqual(['elsewhere:patient']);
  });
});

describe('managing invitations', () => {
  it('revokes an open invitation; a new invitation to the same address replaces the old one', async () => {
    const email = newAddress();
    const first = Invitation.parse((await invite({ email, role: 'nurse' })).json());
    const firstToken = await invitationToken(email);
    t.clock.advance(1_000);
    const second = Invitation.parse((await invite({ email, role: 'doctor' })).json());
    const secondToken = await invitationToken(email);
    expect(Problem.parse((await lookup(firstToken)).json()).code).toBe('link_revoked');

    const url = `${invitationsUrl()}/${second.id}`;
    expect((await adminClient.request({ method: 'DELETE', url })).statusCode).toBe(204);
    expect((await adminClient.request({ method: 'DELETE', url })).statusCode).toBe(204);
    expect(Problem.parse((await accept({ token: secondToken, password: STRONG })).json()).code).toBe(
      'link_revoked',
    );

    const list = InvitationList.parse(
      (await adminClient.request({ method: 'GET', url: invitationsUrl() })).json(),
    );
    const statuses = Object.fromEntries(list.invitations.map((i) => [i.id, i.status]));
    expect([statuses[first.id], statuses[second.id]]).toEqual(['revoked', 'revoked']);
    expect(list.invitations.findIndex((i) => i.id === second.id)).toBeLessThan(
      list.invitations.findIndex((i) => i.id === first.id),
    );

    const unknown = await adminClient.request({
      method: 'DELETE',
      url: `${invitationsUrl()}/${randomUUID()}`,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('cannot revoke an accepted invitation', async () => {
    const email = newAddress();
    const invitation = Invitation.parse((await invite({ email })).json());
    await accept({ token: await invitationToken(email), password: STRONG });
    const response = await adminClient.request({
      method: 'DELETE',
      url: `${invitationsUrl()}/${invitation.id}`,
    });
    expect(response.statusCode).toBe(409);
  });

  it('never invites a platform administrator', async () => {
    const response = await invite({ email: newAddress(), role: 'platform_admin' });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).code).toBe('validation_failed');
  });

  it('is for the organisation’s administrators only', async () => {
    const nurse = await buildUser(t.testDb.db, t.clock, { role: 'nurse', organisationId });
    const foreignAdmin = await buildUser(t.testDb.db, t.clock, { role: 'org_admin' });
    const email = newAddress();
    for (const user of [nurse, foreignAdmin]) {
      const client = await signedIn(t, user);
      expect((await invite({ email }, client)).statusCode).toBe(403);
      expect((await client.request({ method: 'GET', url: invitationsUrl() })).statusCode).toBe(403);
    }
    const anonymous = await t.app.inject({
      method: 'POST',
      url: invitationsUrl(),
      payload: { email, displayName: 'X', role: 'doctor' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await mailsTo(t.testDb.db, testCipher, email)).toEqual([]);
  });
});
