import type { Bundle, OperationOutcome } from '@medplum/fhirtypes';
import type { Role } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

/**
 * Who sees which patient's FHIR resources: the patient their own, the clinicians of an organisation
 * the patient was admitted to theirs, nobody else (not administrators, not other clinicians).
 */
const FHIR = { 'content-type': 'application/fhir+json' };
const ROLES: Role[] = [
  'patient',
  'doctor',
  'nurse',
  'pharmacist',
  'dietitian',
  'org_admin',
  'platform_admin',
  'donor',
  'blood_bank_staff',
];
const READERS = new Set<Role>(['patient', 'doctor', 'nurse', 'pharmacist', 'dietitian']);
const RECORDERS = new Set<Role>(['doctor', 'nurse']);

let t: TestApp;
const clients = new Map<Role, SignedInClient>();
let ownPatient: string;
let otherPatient: string;
let outsider: SignedInClient;

const condition = (patientId: string) => ({
  resourceType: 'Condition',
  clinicalStatus: {
    coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
  },
  code: { coding: [{ system: 'http://snomed.info/sct', code: '38341003', display: 'Hypertension' }] },
  subject: { reference: `Patient/${patientId}` },
});
const heartRate = (patientId: string) => ({
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
  subject: { reference: `Patient/${patientId}` },
  valueQuantity: { value: 64, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' },
});

beforeAll(async () => {
  t = await createTestApp();
  const own = await buildOrganisation(t.testDb.db, t.clock);
  const other = await buildOrganisation(t.testDb.db, t.clock);
  for (const role of ROLES) {
    const user = await buildUser(t.testDb.db, t.clock, { role, organisationId: own });
    if (role === 'patient') ownPatient = user.patientId as string;
    clients.set(role, await signedIn(t, user));
  }
  otherPatient = (await buildUser(t.testDb.db, t.clock, { role: 'patient', organisationId: other }))
    .patientId as string;
  outsider = await signedIn(
    t,
    await buildUser(t.testDb.db, t.clock, { role: 'doctor', organisationId: other }),
  );
  const admitted = await clients.get('nurse')?.request({
    method: 'POST',
    url: `/api/v1/organisations/${own}/admissions`,
    payload: { patientId: ownPatient },
  });
  expect(admitted?.statusCode).toBe(201);
});
afterAll(async () => t.close());

describe('FHIR access by care relationship', () => {
  it.each(ROLES)(
    '%s reads the own clinic’s patient only if they are the patient or in its care team',
    async (role) => {
      const client = clients.get(role) as SignedInClient;
      const own = await client.request({ method: 'GET', url: `/fhir/R4/Patient/${ownPatient}` });
      expect(own.statusCode).toBe(READERS.has(role) ? 200 : 403);
      const other = await client.request({ method: 'GET', url: `/fhir/R4/Patient/${otherPatient}` });
      expect(other.statusCode).toBe(403);
      expect((other.json() as OperationOutcome).resourceType).toBe('OperationOutcome');
    },
  );

  it.each(ROLES)('%s writes clinical facts only as a doctor or nurse of the care team', async (role) => {
    const client = clients.get(role) as SignedInClient;
    const response = await client.request({
      method: 'POST',
      url: '/fhir/R4/Condition',
      headers: FHIR,
      payload: condition(ownPatient),
    });
    expect(response.statusCode).toBe(RECORDERS.has(role) ? 201 : 403);
  });

  it('lets the patient record their own measurements, and not another patient’s', async () => {
    const client = clients.get('patient') as SignedInClient;
    expect(
      (
        await client.request({
          method: 'POST',
          url: '/fhir/R4/Observation',
          headers: FHIR,
          payload: heartRate(ownPatient),
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await client.request({
          method: 'POST',
          url: '/fhir/R4/Observation',
          headers: FHIR,
          payload: heartRate(otherPatient),
        })
      ).statusCode,
    ).toBe(403);
  });

  it.each(ROLES)('%s finds in a broad search only what they may read', async (role) => {
    const client = clients.get(role) as SignedInClient;
    const bundle = (
      await client.request({ method: 'GET', url: '/fhir/R4/Condition?code=38341003' })
    ).json() as Bundle;
    const subjects = new Set(
      bundle.entry?.map((e) => (e.resource as { subject?: { reference?: string } }).subject?.reference),
    );
    if (READERS.has(role)) expect([...subjects]).toEqual([`Patient/${ownPatient}`]);
    else expect(bundle.total).toBe(0);
  });

  it('gives a doctor of another organisation access only through audited emergency access', async () => {
    expect(
      (await outsider.request({ method: 'GET', url: `/fhir/R4/Condition?patient=${ownPatient}` })).statusCode,
    ).toBe(403);
    const opened = await outsider.request({
      method: 'POST',
      url: `/api/v1/patients/${ownPatient}/break-glass`,
      payload: { reason: 'Unconscious in the emergency department, no history available' },
    });
    expect(opened.statusCode).toBe(201);
    const search = await outsider.request({ method: 'GET', url: `/fhir/R4/Condition?patient=${ownPatient}` });
    expect(search.statusCode).toBe(200);
    const entries = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select(['outcome', 'details'])
      .where('patient_id', '=', ownPatient)
      .where('action', '=', 'patient.read')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(entries.outcome).toBe('success');
    expect((entries.details as { basis: string }).basis).toBe('break_glass');
  });

  it('never lets a write name a patient that does not exist', async () => {
    const doctor = clients.get('doctor') as SignedInClient;
    const response = await doctor.request({
      method: 'POST',
      url: '/fhir/R4/Condition',
      headers: FHIR,
      payload: condition('00000000-0000-4000-8000-00000000dead'),
    });
    expect(response.statusCode).toBe(400);
    expect((response.json() as OperationOutcome).issue?.[0]?.code).toBe('not-found');
  });
});
