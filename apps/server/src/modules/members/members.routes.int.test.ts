import { Member, MemberList, Problem } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const put = (client: SignedInClient, url: string, payload: object) =>
  client.request({ method: 'PUT', url, payload });
const post = (client: SignedInClient, url: string) => client.request({ method: 'POST', url });

async function clinicWithAdmin() {
  const organisationId = await buildOrganisation(t.testDb.db, t.clock);
  const admin = await buildUser(t.testDb.db, t.clock, {
    role: 'org_admin',
    organisationId,
    displayName: 'Ada Admin',
  });
  const doctor = await buildUser(t.testDb.db, t.clock, {
    role: 'doctor',
    organisationId,
    displayName: 'Bo Doctor',
  });
  const base = `/api/v1/organisations/${organisationId}/members`;
  return { organisationId, admin, doctor, base, asAdmin: await signedIn(t, admin) };
}

async function auditActions(resourceId: string) {
  const rows = await t.testDb.db.kysely
    .selectFrom('audit_events')
    .select(['action', 'details'])
    .where('resource_id', '=', resourceId)
    .orderBy('seq')
    .execute();
  return rows;
}

describe('organisation members', () => {
  it('lists the members with their roles here and their status', async () => {
    const { asAdmin, base, admin, doctor } = await clinicWithAdmin();
    const { members } = MemberList.parse((await asAdmin.request({ method: 'GET', url: base })).json());
    expect(members.map((m) => [m.displayName, m.roles, m.status, m.isYou])).toEqual([
      ['Ada Admin', ['org_admin'], 'active', true],
      ['Bo Doctor', ['doctor'], 'active', false],
    ]);
    expect(members.map((m) => m.userId)).toEqual([admin.id, doctor.id]);
  });

  it("changes a member's roles, creating a patient record when they become a patient", async () => {
    const { asAdmin, base, doctor } = await clinicWithAdmin();
    const asDoctor = await signedIn(t, doctor);
    await asDoctor.request({ method: 'GET', url: '/api/v1/me' });
    const response = await put(asAdmin, `${base}/${doctor.id}/roles`, { roles: ['nurse', 'patient'] });
    expect(response.statusCode).toBe(200);
    expect(Member.parse(response.json()).roles).toEqual(['nurse', 'patient']);
    // At once, not when a cached session expires.
    const me = (await asDoctor.request({ method: 'GET', url: '/api/v1/me' })).json();
    expect(me.memberships.map((m: { role: string }) => m.role)).toEqual(['nurse', 'patient']);
    expect(me.patientId).toEqual(expect.any(String));
    const patient = await t.testDb.db.kysely
      .selectFrom('patients')
      .select('display_name')
      .where('user_id', '=', doctor.id)
      .executeTakeFirst();
    expect(patient?.display_name).toBe('Bo Doctor');
    expect((await auditActions(doctor.id)).at(-1)).toMatchObject({
      action: 'account.roles_changed',
      details: { previousRoles: 'doctor', roles: 'nurse,patient' },
    });
  });

  it('never gives platform_admin, nor lets an admin drop their own admin role', async () => {
    const { asAdmin, base, admin, doctor } = await clinicWithAdmin();
    const platform = await put(asAdmin, `${base}/${doctor.id}/roles`, { roles: ['platform_admin'] });
    expect(platform.statusCode).toBe(400);
    const own = await put(asAdmin, `${base}/${admin.id}/roles`, { roles: ['doctor'] });
    expect(own.statusCode).toBe(409);
    expect(Problem.parse(own.json()).code).toBe('cannot_remove_own_admin');
    const keeps = await put(asAdmin, `${base}/${admin.id}/roles`, { roles: ['org_admin', 'doctor'] });
    expect(Member.parse(keeps.json()).roles).toEqual(['doctor', 'org_admin']);
  });

  it('disables a member, ending their sessions, and enables them again', async () => {
    const { asAdmin, base, doctor } = await clinicWithAdmin();
    const asDoctor = await signedIn(t, doctor);
    expect((await asDoctor.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);

    const disabled = await post(asAdmin, `${base}/${doctor.id}/disable`);
    expect(disabled.statusCode).toBe(200);
    expect(Member.parse(disabled.json()).status).toBe('disabled');
    expect((await asDoctor.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    await expect(signedIn(t, doctor)).rejects.toThrow(/sign-in failed: 401/);

    const enabled = await post(asAdmin, `${base}/${doctor.id}/enable`);
    expect(Member.parse(enabled.json()).status).toBe('active');
    expect((await (await signedIn(t, doctor)).request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(
      200,
    );
    expect((await auditActions(doctor.id)).map((row) => row.action)).toEqual([
      'account.disabled',
      'account.enabled',
    ]);
  });

  it('refuses to disable yourself, and a member of another organisation is not found', async () => {
    const { asAdmin, base, admin } = await clinicWithAdmin();
    const self = await post(asAdmin, `${base}/${admin.id}/disable`);
    expect(self.statusCode).toBe(409);
    expect(Problem.parse(self.json()).code).toBe('cannot_disable_self');
    const stranger = await buildUser(t.testDb.db, t.clock, { role: 'doctor' });
    expect((await post(asAdmin, `${base}/${stranger.id}/disable`)).statusCode).toBe(404);
  });

  it('protects a platform administrator from organisation admins; a platform admin may manage any organisation', async () => {
    const { asAdmin, base, organisationId, doctor } = await clinicWithAdmin();
    const platformAdmin = await buildUser(t.testDb.db, t.clock, { role: 'platform_admin' });
    await t.testDb.db.kysely
      .insertInto('memberships')
      .values({ user_id: platformAdmin.id, organisation_id: organisationId, role: 'doctor' })
      .execute();
    const protectedMember = await post(asAdmin, `${base}/${platformAdmin.id}/disable`);
    expect(protectedMember.statusCode).toBe(403);
    expect(Problem.parse(protectedMember.json()).code).toBe('member_protected');

    const asPlatform = await signedIn(t, platformAdmin);
    expect((await asPlatform.request({ method: 'GET', url: base })).statusCode).toBe(200);
    const changed = await put(asPlatform, `${base}/${doctor.id}/roles`, { roles: ['dietitian'] });
    expect(Member.parse(changed.json()).roles).toEqual(['dietitian']);
  });

  it('is for the organisation’s administrators only', async () => {
    const { base, doctor } = await clinicWithAdmin();
    const otherAdmin = await buildUser(t.testDb.db, t.clock, { role: 'org_admin' });
    for (const client of [await signedIn(t, doctor), await signedIn(t, otherAdmin)]) {
      expect((await client.request({ method: 'GET', url: base })).statusCode).toBe(403);
      expect((await post(client, `${base}/${doctor.id}/disable`)).statusCode).toBe(403);
    }
  });
});
