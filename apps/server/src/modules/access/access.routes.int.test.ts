import {
  AccessLog,
  Admission,
  BreakGlassAlerts,
  BreakGlassGrant,
  CareRelationship,
  CareTeam,
  ClinicianDirectory,
  MyPatients,
  Problem,
  SecurityLog,
} from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, type TestUser, testCipher } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { mailsTo } from '../mail/mailbox.test-helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const user = (role: TestUser extends never ? never : Parameters<typeof buildUser>[2] = {}) =>
  buildUser(t.testDb.db, t.clock, role);
const get = (client: SignedInClient, url: string) => client.request({ method: 'GET', url });
const post = (client: SignedInClient, url: string, payload: object = {}) =>
  client.request({ method: 'POST', url, payload });
const patientIdOf = (u: TestUser) => {
  if (!u.patientId) throw new Error('not a patient');
  return u.patientId;
};

async function auditRows(patientId: string) {
  return t.testDb.db.kysely
    .selectFrom('audit_events')
    .select(['action', 'outcome', 'actor_user_id', 'details'])
    .where('patient_id', '=', patientId)
    .orderBy('seq')
    .execute();
}

describe('sharing a record with a clinician', () => {
  it('lets the patient find a clinician, give access, see it used, and take it back', async () => {
    const patient = await user({ role: 'patient', displayName: 'Pat Ient' });
    const doctor = await user({ role: 'doctor', displayName: 'Dr Quintessa Marsh' });
    const patientId = patientIdOf(patient);
    const asPatient = await signedIn(t, patient);
    const asDoctor = await signedIn(t, doctor);

    expect((await get(asPatient, `/api/v1/patients/${patientId}`)).json()).toEqual({
      id: patientId,
      displayName: 'Pat Ient',
    });
    const before = await get(asDoctor, `/api/v1/patients/${patientId}`);
    expect(before.statusCode).toBe(403);
    expect(Problem.parse(before.json()).code).toBe('not_permitted');

    const found = ClinicianDirectory.parse(
      (await get(asPatient, '/api/v1/clinicians?query=quintessa')).json(),
    );
    expect(found.clinicians).toEqual([
      {
        userId: doctor.id,
        displayName: 'Dr Quintessa Marsh',
        roles: [expect.objectContaining({ role: 'doctor' })],
      },
    ]);
    expect(JSON.stringify(found)).not.toContain('@');

    const granted = await post(asPatient, `/api/v1/patients/${patientId}/care-team`, {
      clinicianUserId: doctor.id,
    });
    expect(granted.statusCode).toBe(201);
    const relationship = CareRelationship.parse(granted.json());
    expect(relationship).toMatchObject({ source: 'patient_grant', clinician: { userId: doctor.id } });
    const again = await post(asPatient, `/api/v1/patients/${patientId}/care-team`, {
      clinicianUserId: doctor.id,
    });
    expect(again.statusCode).toBe(200);
    expect(CareRelationship.parse(again.json()).id).toBe(relationship.id);

    expect((await get(asDoctor, `/api/v1/patients/${patientId}`)).statusCode).toBe(200);
    const mine = MyPatients.parse((await get(asDoctor, '/api/v1/my-patients')).json());
    expect(mine.patients).toEqual([
      expect.objectContaining({
        patient: { id: patientId, displayName: 'Pat Ient' },
        via: [{ source: 'patient_grant', organisationName: null }],
      }),
    ]);

    const team = CareTeam.parse((await get(asPatient, `/api/v1/patients/${patientId}/care-team`)).json());
    expect(team.relationships.map((r) => r.id)).toEqual([relationship.id]);

    const log = AccessLog.parse((await get(asPatient, `/api/v1/patients/${patientId}/access-log`)).json());
    expect(
      log.entries.map((e) => [e.actor.displayName, e.actor.role, e.action, e.outcome, e.isBreakGlass]),
    ).toEqual([
      ['Dr Quintessa Marsh', 'doctor', 'patient.read', 'success', false],
      ['Dr Quintessa Marsh', 'doctor', 'patient.read', 'denied', false],
    ]);

    const revoked = await asPatient.request({
      method: 'DELETE',
      url: `/api/v1/patients/${patientId}/care-team/${relationship.id}`,
    });
    expect(revoked.statusCode).toBe(204);
    expect((await get(asDoctor, `/api/v1/patients/${patientId}`)).statusCode).toBe(403);
    const gone = await asPatient.request({
      method: 'DELETE',
      url: `/api/v1/patients/${patientId}/care-team/${relationship.id}`,
    });
    expect(gone.statusCode).toBe(404);

    expect((await auditRows(patientId)).map((row) => row.action)).toEqual(
      expect.arrayContaining(['access.granted', 'access.revoked']),
    );
  });

  it('refuses a grant to someone who is not a clinician, and every sharing action to anyone but the patient', async () => {
    const patient = await user({ role: 'patient' });
    const other = await user({ role: 'patient' });
    const doctor = await user({ role: 'doctor' });
    const patientId = patientIdOf(patient);
    const asPatient = await signedIn(t, patient);
    const notClinician = await post(asPatient, `/api/v1/patients/${patientId}/care-team`, {
      clinicianUserId: other.id,
    });
    expect(notClinician.statusCode).toBe(404);
    expect(Problem.parse(notClinician.json()).code).toBe('clinician_not_found');

    const asOther = await signedIn(t, other);
    const asDoctor = await signedIn(t, doctor);
    for (const client of [asOther, asDoctor]) {
      expect((await get(client, `/api/v1/patients/${patientId}/care-team`)).statusCode).toBe(403);
      expect((await get(client, `/api/v1/patients/${patientId}/access-log`)).statusCode).toBe(403);
      expect(
        (await post(client, `/api/v1/patients/${patientId}/care-team`, { clinicianUserId: doctor.id }))
          .statusCode,
      ).toBe(403);
    }
  });

  it('searches the directory with at least 2 characters, and lists only enabled clinicians', async () => {
    const patient = await user({ role: 'patient' });
    await user({ role: 'pharmacist', displayName: 'Zebedee Apothecary' });
    await user({ role: 'donor', displayName: 'Zebedee Donor' });
    const asPatient = await signedIn(t, patient);
    expect((await get(asPatient, '/api/v1/clinicians?query=z')).statusCode).toBe(400);
    const found = ClinicianDirectory.parse((await get(asPatient, '/api/v1/clinicians?query=zebedee')).json());
    expect(found.clinicians.map((c) => c.displayName)).toEqual(['Zebedee Apothecary']);
    const wildcard = ClinicianDirectory.parse(
      (await get(asPatient, '/api/v1/clinicians?query=%25%25')).json(),
    );
    expect(wildcard.clinicians).toEqual([]);
  });
});

describe('admissions', () => {
  it("gives the organisation's clinicians access, and only them", async () => {
    const hospital = await buildOrganisation(t.testDb.db, t.clock, {
      name: 'St Elsewhere',
      kind: 'hospital',
    });
    const nurse = await user({ role: 'nurse', organisationId: hospital });
    const doctor = await user({ role: 'doctor', organisationId: hospital });
    const outsider = await user({ role: 'doctor' });
    const patient = await user({ role: 'patient', displayName: 'Admitted Person' });
    const patientId = patientIdOf(patient);
    const asNurse = await signedIn(t, nurse);

    const admitted = await post(asNurse, `/api/v1/organisations/${hospital}/admissions/by-email`, {
      email: patient.email.toUpperCase(),
    });
    expect(admitted.statusCode).toBe(201);
    expect(Admission.parse(admitted.json())).toMatchObject({
      organisationId: hospital,
      patient: { id: patientId },
    });
    const again = await post(asNurse, `/api/v1/organisations/${hospital}/admissions`, { patientId });
    expect(again.statusCode).toBe(200);

    expect((await get(await signedIn(t, doctor), `/api/v1/patients/${patientId}`)).statusCode).toBe(200);
    expect((await get(await signedIn(t, outsider), `/api/v1/patients/${patientId}`)).statusCode).toBe(403);
    const asOutsider = await signedIn(t, outsider);
    expect(
      (await post(asOutsider, `/api/v1/organisations/${hospital}/admissions`, { patientId })).statusCode,
    ).toBe(403);

    const mine = MyPatients.parse((await get(asNurse, '/api/v1/my-patients')).json());
    expect(mine.patients).toEqual([
      expect.objectContaining({
        patient: { id: patientId, displayName: 'Admitted Person' },
        via: [{ source: 'admission', organisationName: 'St Elsewhere' }],
      }),
    ]);

    const asPatient = await signedIn(t, patient);
    const team = CareTeam.parse((await get(asPatient, `/api/v1/patients/${patientId}/care-team`)).json());
    expect(team.relationships).toEqual([
      expect.objectContaining({
        source: 'admission',
        organisation: { id: hospital, name: 'St Elsewhere', kind: 'hospital' },
      }),
    ]);
    const [admission] = team.relationships;
    await asPatient.request({
      method: 'DELETE',
      url: `/api/v1/patients/${patientId}/care-team/${admission?.id}`,
    });
    expect((await get(await signedIn(t, doctor), `/api/v1/patients/${patientId}`)).statusCode).toBe(403);
  });

  it('answers unknown and non-patient addresses alike', async () => {
    const clinic = await buildOrganisation(t.testDb.db, t.clock);
    const doctor = await user({ role: 'doctor', organisationId: clinic });
    const pharmacist = await user({ role: 'pharmacist' });
    const asDoctor = await signedIn(t, doctor);
    const url = `/api/v1/organisations/${clinic}/admissions/by-email`;
    const unknown = await post(asDoctor, url, { email: 'nobody-at-all@example.org' });
    const notPatient = await post(asDoctor, url, { email: pharmacist.email });
    expect(unknown.statusCode).toBe(404);
    expect(notPatient.statusCode).toBe(404);
    const { requestId: _a, ...first } = Problem.parse(unknown.json());
    const { requestId: _b, ...second } = Problem.parse(notPatient.json());
    expect(first).toEqual(second);
  });
});

describe('break-glass', () => {
  it('opens time-limited access with a reason, flags it to the patient and the organisation', async () => {
    const clinic = await buildOrganisation(t.testDb.db, t.clock, { name: 'Emergency Clinic' });
    const doctor = await user({ role: 'doctor', organisationId: clinic, displayName: 'Dr On Call' });
    const admin = await user({ role: 'org_admin', organisationId: clinic });
    const pharmacist = await user({ role: 'pharmacist', organisationId: clinic });
    const patient = await user({ role: 'patient', displayName: 'Unconscious Person' });
    const patientId = patientIdOf(patient);
    const asDoctor = await signedIn(t, doctor);
    const url = `/api/v1/patients/${patientId}/break-glass`;

    const tooShort = await post(asDoctor, url, { reason: 'emergency' });
    expect(tooShort.statusCode).toBe(400);
    expect(
      (await post(await signedIn(t, pharmacist), url, { reason: 'Unconscious on arrival, no relatives' }))
        .statusCode,
    ).toBe(403);
    expect((await get(asDoctor, `/api/v1/patients/${patientId}`)).statusCode).toBe(403);

    const opened = await post(asDoctor, url, { reason: 'Unconscious on arrival, no relatives reachable' });
    expect(opened.statusCode).toBe(201);
    const grant = BreakGlassGrant.parse(opened.json());
    expect(new Date(grant.expiresAt).getTime() - new Date(grant.openedAt).getTime()).toBe(4 * 3_600_000);
    expect(grant.organisationId).toBe(clinic);

    expect((await get(asDoctor, `/api/v1/patients/${patientId}`)).statusCode).toBe(200);
    const rows = await auditRows(patientId);
    expect(rows.at(-1)).toMatchObject({
      action: 'patient.read',
      outcome: 'success',
      details: { basis: 'break_glass' },
    });
    expect(rows.some((row) => row.action === 'access.break_glass')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('Unconscious on arrival');

    const mine = MyPatients.parse((await get(asDoctor, '/api/v1/my-patients')).json());
    expect(mine.emergencyAccess.map((g) => g.grantId)).toEqual([grant.grantId]);

    const log = AccessLog.parse(
      (await get(await signedIn(t, patient), `/api/v1/patients/${patientId}/access-log`)).json(),
    );
    // Newest first: the read through the grant, the grant, and both permitted requests to open one
    // (the first was refused by validation: too short a reason).
    expect(log.entries.filter((e) => e.isBreakGlass).map((e) => e.action)).toEqual([
      'patient.read',
      'access.break_glass',
      'patient.break_glass',
      'patient.break_glass',
    ]);
    expect(log.entries.find((e) => e.action === 'access.break_glass')?.actor).toEqual({
      displayName: 'Dr On Call',
      role: 'doctor',
    });

    const asAdmin = await signedIn(t, admin);
    const alerts = BreakGlassAlerts.parse(
      (await get(asAdmin, `/api/v1/organisations/${clinic}/break-glass-alerts`)).json(),
    );
    expect(alerts.alerts).toEqual([
      expect.objectContaining({
        grantId: grant.grantId,
        clinician: { userId: doctor.id, displayName: 'Dr On Call' },
        reason: 'Unconscious on arrival, no relatives reachable',
        isActive: true,
      }),
    ]);
    expect((await get(asDoctor, `/api/v1/organisations/${clinic}/break-glass-alerts`)).statusCode).toBe(403);

    // Both were told by e-mail too, without the reason (it may describe the patient's condition).
    const toPatient = await mailsTo(t.testDb.db, testCipher, patient.email);
    expect(toPatient.map((m) => m.subject)).toEqual(['Emergency access to your health record']);
    expect(toPatient[0]?.text).toContain('Dr On Call of Emergency Clinic opened emergency');
    const toAdmin = await mailsTo(t.testDb.db, testCipher, admin.email);
    expect(toAdmin.map((m) => m.subject)).toEqual(['Emergency access opened at Emergency Clinic']);
    expect(JSON.stringify([toPatient, toAdmin])).not.toContain('Unconscious on arrival');

    t.clock.advance(4 * 3_600_000 + 1000);
    const later = await signedIn(t, doctor);
    expect((await get(later, `/api/v1/patients/${patientId}`)).statusCode).toBe(403);
  });

  it('is opened for an organisation where the clinician is a doctor or nurse', async () => {
    const doctor = await user({ role: 'doctor' });
    const elsewhere = await buildOrganisation(t.testDb.db, t.clock);
    const patient = await user({ role: 'patient' });
    const response = await post(
      await signedIn(t, doctor),
      `/api/v1/patients/${patientIdOf(patient)}/break-glass`,
      {
        reason: 'Collapsed in the waiting room, unresponsive',
        organisationId: elsewhere,
      },
    );
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).code).toBe('organisation_not_eligible');
  });
});

describe('your security log', () => {
  it("lists the caller's own security events, newest first, a page at a time", async () => {
    const someone = await user({ role: 'donor' });
    await signedIn(t, someone);
    const client = await signedIn(t, someone);
    const first = SecurityLog.parse((await get(client, '/api/v1/account/security-log?limit=2')).json());
    expect(first.entries).toHaveLength(2);
    expect(first.entries.every((e) => e.action.startsWith('auth.') || e.action.startsWith('factor.'))).toBe(
      true,
    );
    expect(first.nextBefore).toBe(first.entries[1]?.id);
    const next = SecurityLog.parse(
      (await get(client, `/api/v1/account/security-log?limit=2&before=${first.nextBefore}`)).json(),
    );
    expect(Number(next.entries[0]?.id)).toBeLessThan(Number(first.entries[1]?.id));

    const stranger = await signedIn(t, await user({ role: 'donor' }));
    const theirs = SecurityLog.parse((await get(stranger, '/api/v1/account/security-log?limit=100')).json());
    expect(theirs.entries.some((e) => first.entries.some((mine) => mine.id === e.id))).toBe(false);
  });
});
