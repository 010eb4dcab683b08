import type { Binary, Bundle, Observation, OperationOutcome, Patient } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const FHIR = { 'content-type': 'application/fhir+json' };
let t: TestApp;
let doctor: SignedInClient;
let patientId: string;

const get = async <T>(url: string) => {
  const response = await doctor.request({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
};
const heartRate = (value: number, when: string): Observation => ({
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '8867-4', display: 'Heart rate' }], text: 'Pulse' },
  subject: { reference: `Patient/${patientId}` },
  effectiveDateTime: when,
  valueQuantity: { value, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' },
});

beforeAll(async () => {
  t = await createTestApp();
  doctor = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role: 'doctor' }));
  const created = await doctor.request({
    method: 'POST',
    url: '/fhir/R4/Patient',
    headers: FHIR,
    payload: {
      resourceType: 'Patient',
      name: [{ given: ['Zoë'], family: 'Müller' }],
      birthDate: '1980-06-15',
      gender: 'female',
      identifier: [{ system: 'urn:oid:1.2.3', value: 'H-4711' }],
    },
  });
  patientId = (created.json() as Patient).id as string;
  for (const [value, when] of [
    [60, '2024-01-10T08:00:00Z'],
    [70, '2024-02-10T08:00:00Z'],
    [80, '2024-03-10T08:00:00Z'],
    [90, '2024-04-10T08:00:00Z'],
    [100, '2024-05-10T08:00:00Z'],
  ] as const) {
    expect(
      (
        await doctor.request({
          method: 'POST',
          url: '/fhir/R4/Observation',
          headers: FHIR,
          payload: heartRate(value, when),
        })
      ).statusCode,
    ).toBe(201);
  }
});
afterAll(async () => t.close());

describe('FHIR search', () => {
  it('finds patients by name without case or accents, by birth date prefix and by identifier', async () => {
    expect((await get<Bundle>('/fhir/R4/Patient?name=muller')).total).toBe(1);
    expect((await get<Bundle>('/fhir/R4/Patient?family:exact=MÜLLER')).total).toBe(1);
    expect((await get<Bundle>('/fhir/R4/Patient?name:contains=ll')).total).toBe(1);
    expect((await get<Bundle>('/fhir/R4/Patient?birthdate=1980')).total).toBe(1);
    expect((await get<Bundle>('/fhir/R4/Patient?birthdate=lt1980-06-15')).total).toBe(0);
    expect((await get<Bundle>('/fhir/R4/Patient?birthdate=ge1980-06-15')).total).toBe(1);
    expect((await get<Bundle>('/fhir/R4/Patient?identifier=urn:oid:1.2.3|H-4711')).total).toBe(1);
    expect((await get<Bundle>('/fhir/R4/Patient?identifier=H-4712')).total).toBe(0);
  });

  it('compares quantities, reads :text and :not, and sorts', async () => {
    expect((await get<Bundle>(`/fhir/R4/Observation?patient=${patientId}&value-quantity=gt75`)).total).toBe(
      3,
    );
    expect((await get<Bundle>(`/fhir/R4/Observation?patient=${patientId}&code:text=puls`)).total).toBe(5);
    expect((await get<Bundle>(`/fhir/R4/Observation?patient=${patientId}&code:not=8867-4`)).total).toBe(0);
    const sorted = await get<Bundle<Observation>>(`/fhir/R4/Observation?patient=${patientId}&_sort=-date`);
    expect(sorted.entry?.map((e) => e.resource?.valueQuantity?.value)).toEqual([100, 90, 80, 70, 60]);
  });

  it('pages with next links that carry the query', async () => {
    const first = await get<Bundle>(`/fhir/R4/Observation?patient=${patientId}&_sort=date&_count=2`);
    expect(first.total).toBe(5);
    expect(first.entry).toHaveLength(2);
    const next = first.link?.find((l) => l.relation === 'next')?.url as string;
    expect(next).toContain('_offset=2');
    const second = await get<Bundle<Observation>>(next.slice(next.indexOf('/fhir/R4')));
    expect(second.entry?.map((e) => e.resource?.valueQuantity?.value)).toEqual([80, 90]);
    const last = await get<Bundle>(`/fhir/R4/Observation?patient=${patientId}&_sort=date&_count=2&_offset=4`);
    expect(last.link?.some((l) => l.relation === 'next')).toBe(false);
    expect(last.total).toBe(5);
  });

  it('includes the patient and reverse-includes Provenance', async () => {
    const bundle = await get<Bundle>(
      `/fhir/R4/Observation?patient=${patientId}&_count=1&_include=Observation:subject&_revinclude=Provenance:target`,
    );
    const modes = bundle.entry?.map((e) => `${e.search?.mode}:${e.resource?.resourceType}`);
    expect(modes).toContain('match:Observation');
    expect(modes).toContain('include:Patient');
    expect(modes).toContain('include:Provenance');
  });

  it('refuses an unknown parameter unless asked to be lenient', async () => {
    const strict = await doctor.request({ method: 'GET', url: `/fhir/R4/Observation?patinet=${patientId}` });
    expect(strict.statusCode).toBe(400);
    expect((strict.json() as OperationOutcome).issue?.[0]?.details?.text).toContain('patinet');
    const lenient = await doctor.request({
      method: 'GET',
      url: `/fhir/R4/Observation?patinet=x&patient=${patientId}`,
      headers: { prefer: 'handling=lenient' },
    });
    expect((lenient.json() as Bundle).total).toBe(5);
  });
});

describe('FHIR interactions', () => {
  it('creates conditionally: a second create with the same condition finds the first', async () => {
    const condition = { 'if-none-exist': 'identifier=urn:oid:1.2.3|H-9999' };
    const body = {
      resourceType: 'Patient',
      name: [{ text: 'Only Once' }],
      identifier: [{ system: 'urn:oid:1.2.3', value: 'H-9999' }],
    };
    const first = await doctor.request({
      method: 'POST',
      url: '/fhir/R4/Patient',
      headers: { ...FHIR, ...condition },
      payload: body,
    });
    const second = await doctor.request({
      method: 'POST',
      url: '/fhir/R4/Patient',
      headers: { ...FHIR, ...condition },
      payload: body,
    });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect((await get<Bundle>('/fhir/R4/Patient?identifier=H-9999')).total).toBe(1);
  });

  it('deletes logically: the read answers 410, the history keeps every version', async () => {
    const created = (await (
      await doctor.request({
        method: 'POST',
        url: '/fhir/R4/Observation',
        headers: FHIR,
        payload: heartRate(55, '2024-06-01T08:00:00Z'),
      })
    ).json()) as Observation;
    expect(
      (await doctor.request({ method: 'DELETE', url: `/fhir/R4/Observation/${created.id}` })).statusCode,
    ).toBe(204);
    expect(
      (await doctor.request({ method: 'GET', url: `/fhir/R4/Observation/${created.id}` })).statusCode,
    ).toBe(410);
    const history = await get<Bundle>(`/fhir/R4/Observation/${created.id}/_history`);
    expect(history.entry?.map((e) => e.request?.method)).toEqual(['DELETE', 'POST']);
    expect(
      (await get<Observation>(`/fhir/R4/Observation/${created.id}/_history/1`)).valueQuantity?.value,
    ).toBe(55);
    expect((await get<Bundle>(`/fhir/R4/Observation?patient=${patientId}&value-quantity=55`)).total).toBe(0);
  });

  it('keeps Binary content encrypted and gives it back whole', async () => {
    const text = 'Scanned referral letter';
    const created = await doctor.request({
      method: 'POST',
      url: '/fhir/R4/Binary',
      headers: FHIR,
      payload: {
        resourceType: 'Binary',
        contentType: 'text/plain',
        securityContext: { reference: `Patient/${patientId}` },
        data: Buffer.from(text).toString('base64'),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as Binary).id as string;
    const stored = await t.testDb.db.kysely
      .selectFrom('fhir_resources')
      .select('content')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.content)).not.toContain(Buffer.from(text).toString('base64'));
    const read = await get<Binary>(`/fhir/R4/Binary/${id}`);
    expect(Buffer.from(read.data ?? '', 'base64').toString()).toBe(text);
    const raw = await doctor.request({
      method: 'GET',
      url: `/fhir/R4/Binary/${id}`,
      headers: { accept: 'text/plain' },
    });
    expect(raw.body).toBe(text);
  });

  it('refuses a resource whose id disagrees with the address, and a move to another patient', async () => {
    const observation = (await (
      await doctor.request({
        method: 'POST',
        url: '/fhir/R4/Observation',
        headers: FHIR,
        payload: heartRate(65, '2024-07-01T08:00:00Z'),
      })
    ).json()) as Observation;
    const wrongId = await doctor.request({
      method: 'PUT',
      url: `/fhir/R4/Observation/${observation.id}`,
      headers: FHIR,
      payload: { ...observation, id: 'other' },
    });
    expect(wrongId.statusCode).toBe(400);
    const other = (await (
      await doctor.request({
        method: 'POST',
        url: '/fhir/R4/Patient',
        headers: FHIR,
        payload: { resourceType: 'Patient', name: [{ text: 'Someone Else' }] },
      })
    ).json()) as Patient;
    const moved = await doctor.request({
      method: 'PUT',
      url: `/fhir/R4/Observation/${observation.id}`,
      headers: FHIR,
      payload: { ...observation, subject: { reference: `Patient/${other.id}` } },
    });
    expect(moved.statusCode).toBe(400);
    expect((moved.json() as OperationOutcome).issue?.[0]?.code).toBe('business-rule');
  });
});
