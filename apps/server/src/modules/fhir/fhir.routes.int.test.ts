import type { Bundle, Observation, OperationOutcome, Patient } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const FHIR = { 'content-type': 'application/fhir+json' };

let t: TestApp;
let doctor: SignedInClient;
let stranger: SignedInClient;
let patientId: string;

const bloodPressure = (subject: string, systolic: number, when: string): Observation => ({
  resourceType: 'Observation',
  status: 'final',
  category: [
    {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }],
    },
  ],
  code: { coding: [{ system: 'http://loinc.org', code: '85354-9', display: 'Blood pressure panel' }] },
  subject: { reference: subject },
  effectiveDateTime: when,
  component: [
    {
      code: { coding: [{ system: 'http://loinc.org', code: '8480-6' }] },
      valueQuantity: { value: systolic, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
    },
    {
      code: { coding: [{ system: 'http://loinc.org', code: '8462-4' }] },
      valueQuantity: { value: 80, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
    },
  ],
});

beforeAll(async () => {
  t = await createTestApp();
  const doctorUser = await buildUser(t.testDb.db, t.clock, { role: 'doctor' });
  const strangerUser = await buildUser(t.testDb.db, t.clock, { role: 'doctor' });
  doctor = await signedIn(t, doctorUser);
  stranger = await signedIn(t, strangerUser);
  const created = await doctor.request({
    method: 'POST',
    url: '/fhir/R4/Patient',
    headers: FHIR,
    payload: {
      resourceType: 'Patient',
      name: [{ given: ['Ada'], family: 'Lovelace' }],
      gender: 'female',
      birthDate: '1975-12-10',
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  patientId = (created.json() as Patient).id as string;
});
afterAll(async () => t.close());

describe('the FHIR API', () => {
  it('creates, reads, updates with If-Match and keeps every version', async () => {
    const created = await doctor.request({
      method: 'POST',
      url: '/fhir/R4/Observation',
      headers: FHIR,
      payload: bloodPressure(`Patient/${patientId}`, 120, '2024-05-01T10:00:00Z'),
    });
    expect(created.statusCode, created.body).toBe(201);
    const observation = created.json() as Observation;
    expect(created.headers.etag).toBe('W/"1"');
    expect(created.headers.location).toContain(`/fhir/R4/Observation/${observation.id}/_history/1`);

    const updated = await doctor.request({
      method: 'PUT',
      url: `/fhir/R4/Observation/${observation.id}`,
      headers: { ...FHIR, 'if-match': 'W/"1"' },
      payload: { ...observation, status: 'amended' },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect((updated.json() as Observation).meta?.versionId).toBe('2');

    const stale = await doctor.request({
      method: 'PUT',
      url: `/fhir/R4/Observation/${observation.id}`,
      headers: { ...FHIR, 'if-match': 'W/"1"' },
      payload: { ...observation, status: 'corrected' },
    });
    expect(stale.statusCode).toBe(412);
    expect((stale.json() as OperationOutcome).resourceType).toBe('OperationOutcome');

    const v1 = await doctor.request({
      method: 'GET',
      url: `/fhir/R4/Observation/${observation.id}/_history/1`,
    });
    expect((v1.json() as Observation).status).toBe('final');
    const history = (
      await doctor.request({ method: 'GET', url: `/fhir/R4/Observation/${observation.id}/_history` })
    ).json() as Bundle;
    expect(history.total).toBe(2);
  });

  it('searches by patient, code and date range', async () => {
    for (const [systolic, when] of [
      [130, '2023-01-15T08:00:00Z'],
      [140, '2023-06-15T08:00:00Z'],
      [150, '2024-01-15T08:00:00Z'],
    ] as const) {
      const response = await doctor.request({
        method: 'POST',
        url: '/fhir/R4/Observation',
        headers: FHIR,
        payload: bloodPressure(`Patient/${patientId}`, systolic, when),
      });
      expect(response.statusCode).toBe(201);
    }
    const search = await doctor.request({
      method: 'GET',
      url: `/fhir/R4/Observation?patient=${patientId}&code=http://loinc.org|85354-9&date=ge2023-01-01&date=lt2024-01-01&_sort=date`,
    });
    expect(search.statusCode, search.body).toBe(200);
    const bundle = search.json() as Bundle<Observation>;
    expect(bundle.total).toBe(2);
    expect(bundle.entry?.map((e) => e.resource?.component?.[0]?.valueQuantity?.value)).toEqual([130, 140]);
  });

  it('refuses a doctor without a care relationship, hides the patient from their searches, and audits the attempt', async () => {
    const read = await stranger.request({ method: 'GET', url: `/fhir/R4/Patient/${patientId}` });
    expect(read.statusCode).toBe(403);
    expect((read.json() as OperationOutcome).issue?.[0]?.code).toBe('forbidden');
    const named = await stranger.request({ method: 'GET', url: `/fhir/R4/Observation?patient=${patientId}` });
    expect(named.statusCode).toBe(403);
    const broad = await stranger.request({
      method: 'GET',
      url: '/fhir/R4/Observation?code=http://loinc.org|85354-9',
    });
    expect((broad.json() as Bundle).total).toBe(0);
    const byName = await stranger.request({ method: 'GET', url: '/fhir/R4/Patient?name=lovelace' });
    expect((byName.json() as Bundle).total).toBe(0);
    const denied = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('patient_id', '=', patientId)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });

  it('runs a transaction atomically, rewriting urn:uuid references', async () => {
    const transaction: Bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: 'urn:uuid:11111111-1111-4111-8111-111111111111',
          resource: { resourceType: 'Patient', name: [{ text: 'Grace Hopper' }] },
          request: { method: 'POST', url: 'Patient' },
        },
        {
          resource: bloodPressure(
            'urn:uuid:11111111-1111-4111-8111-111111111111',
            118,
            '2024-02-02T09:00:00Z',
          ),
          request: { method: 'POST', url: 'Observation' },
        },
      ],
    };
    const response = await doctor.request({
      method: 'POST',
      url: '/fhir/R4',
      headers: FHIR,
      payload: transaction,
    });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json() as Bundle;
    const newPatient = result.entry?.[0]?.response?.location?.split('/')[1];
    const search = (
      await doctor.request({ method: 'GET', url: `/fhir/R4/Observation?subject=Patient/${newPatient}` })
    ).json() as Bundle;
    expect(search.total).toBe(1);
  });

  it('rejects a transaction with one invalid entry, changes nothing and names the entry', async () => {
    const before = (
      await doctor.request({ method: 'GET', url: `/fhir/R4/Observation?patient=${patientId}&_summary=count` })
    ).json() as Bundle;
    const transaction: Bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          resource: bloodPressure(`Patient/${patientId}`, 121, '2024-03-03T09:00:00Z'),
          request: { method: 'POST', url: 'Observation' },
        },
        {
          resource: {
            ...bloodPressure(`Patient/${patientId}`, 122, '2024-03-04T09:00:00Z'),
            status: 'not-a-status',
          } as unknown as Observation,
          request: { method: 'POST', url: 'Observation' },
        },
      ],
    };
    const response = await doctor.request({
      method: 'POST',
      url: '/fhir/R4',
      headers: FHIR,
      payload: transaction,
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json() as OperationOutcome;
    expect(problem.issue?.[0]?.expression?.[0]).toBe('Bundle.entry[1].resource.status');
    const after = (
      await doctor.request({ method: 'GET', url: `/fhir/R4/Observation?patient=${patientId}&_summary=count` })
    ).json() as Bundle;
    expect(after.total).toBe(before.total);
  });

  it('returns everything in a patient record', async () => {
    const response = await doctor.request({
      method: 'GET',
      url: `/fhir/R4/Patient/${patientId}/$everything`,
    });
    expect(response.statusCode).toBe(200);
    const bundle = response.json() as Bundle;
    const types = new Set(bundle.entry?.map((e) => e.resource?.resourceType));
    expect(types).toContain('Patient');
    expect(types).toContain('Observation');
    expect(types).toContain('Provenance');
  });

  it('publishes a CapabilityStatement', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/fhir/R4/metadata' });
    expect(response.statusCode).toBe(200);
    const statement = response.json() as { fhirVersion: string; rest: { resource: { type: string }[] }[] };
    expect(statement.fhirVersion).toBe('4.0.1');
    expect(statement.rest[0]?.resource.map((r) => r.type)).toContain('Observation');
  });
});
