import { randomUUID } from 'node:crypto';
import {
  AdherenceView,
  CatalogueSearchResult,
  DispenseResult,
  PrescriptionList,
  PrescriptionView,
  SafetyCheckResult,
  VerifiedPrescription,
} from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

/**
 * Prescribing with safety checks, through the HTTP API as the portals use it, and dispensing at a
 * pharmacy with the signed code: the interaction, allergy and dose alerts the issue names, overrides
 * that need a reason and are audited, verification of genuine and tampered codes, and two pharmacists
 * racing for the last units.
 */
let t: TestApp;
let doctor: SignedInClient;
let patient: SignedInClient;
let stranger: SignedInClient;
let pharmacist: SignedInClient;
let otherPharmacist: SignedInClient;
let patientId: string;
let pharmacyId: string;

const dosage = (overrides: Record<string, unknown> = {}) => ({
  doseQuantity: 1,
  doseUnit: 'tablet',
  route: 'oral',
  timing: { kind: 'times-per-day', timesPerDay: 1 },
  startDate: '2026-03-01',
  durationDays: null,
  instructions: null,
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  const patientUser = await buildUser(t.testDb.db, t.clock, { role: 'patient', displayName: 'Mary Ellis' });
  const doctorUser = await buildUser(t.testDb.db, t.clock, {
    role: 'doctor',
    organisationId: patientUser.organisationId,
    displayName: 'Dr Ana Silva',
  });
  patientId = patientUser.patientId as string;
  doctor = await signedIn(t, doctorUser);
  patient = await signedIn(t, patientUser);
  stranger = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role: 'doctor' }));
  pharmacyId = await buildOrganisation(t.testDb.db, t.clock, {
    kind: 'pharmacy',
    name: 'High Street Pharmacy',
  });
  pharmacist = await signedIn(
    t,
    await buildUser(t.testDb.db, t.clock, { role: 'pharmacist', organisationId: pharmacyId }),
  );
  otherPharmacist = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role: 'pharmacist' }));
  const admitted = await doctor.request({
    method: 'POST',
    url: `/api/v1/organisations/${doctorUser.organisationId}/admissions`,
    payload: { patientId },
  });
  expect(admitted.statusCode, admitted.body).toBe(201);
  const read = await doctor.request({ method: 'GET', url: `/fhir/R4/Patient/${patientId}` });
  const updated = await doctor.request({
    method: 'PUT',
    url: `/fhir/R4/Patient/${patientId}`,
    headers: { 'content-type': 'application/fhir+json' },
    payload: { ...(read.json() as object), birthDate: '1954-02-11', gender: 'female' },
  });
  expect(updated.statusCode, updated.body).toBe(200);
  // The patient takes aspirin 75 mg a day, which she adds herself.
  const aspirin = await patient.request({
    method: 'POST',
    url: `/api/v1/patients/${patientId}/own-medications`,
    payload: { productId: 'aspirin-75mg-dispersible-tablet', dosage: dosage(), reminders: true },
  });
  expect(aspirin.statusCode, aspirin.body).toBe(201);
  // And the clinic has a penicillin allergy on record.
  const allergy = await doctor.request({
    method: 'POST',
    url: '/fhir/R4/AllergyIntolerance',
    headers: { 'content-type': 'application/fhir+json' },
    payload: {
      resourceType: 'AllergyIntolerance',
      clinicalStatus: {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' },
        ],
      },
      verificationStatus: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
            code: 'confirmed',
          },
        ],
      },
      code: {
        coding: [{ system: 'http://snomed.info/sct', code: '91936005', display: 'Allergy to penicillin' }],
      },
      patient: { reference: `Patient/${patientId}` },
    },
  });
  expect(allergy.statusCode, allergy.body).toBe(201);
});
afterAll(async () => t.close());

const check = (productId: string, body: Record<string, unknown> = {}) =>
  doctor.request({
    method: 'POST',
    url: `/api/v1/patients/${patientId}/medications/check`,
    payload: { productId, dosage: dosage(body) },
  });

const prescribe = (client: SignedInClient, payload: Record<string, unknown>) =>
  client.request({ method: 'POST', url: `/api/v1/patients/${patientId}/prescriptions`, payload });

describe('the catalogue', () => {
  it('finds medicines as you type, by generic or brand name', async () => {
    const found = CatalogueSearchResult.parse(
      (await doctor.request({ method: 'GET', url: '/api/v1/medicines?q=amox' })).json(),
    );
    expect(found.drugs[0]?.id).toBe('amoxicillin');
    const brand = CatalogueSearchResult.parse(
      (await doctor.request({ method: 'GET', url: '/api/v1/medicines?q=coumadin' })).json(),
    );
    expect(brand.drugs[0]?.id).toBe('warfarin');
    expect((await doctor.request({ method: 'GET', url: '/api/v1/medicines?q=' })).statusCode).toBe(400);
  });
});

describe('safety checks at prescribing', () => {
  it('shows a major interaction for warfarin in a patient on aspirin, and signs only with a reason', async () => {
    const result = SafetyCheckResult.parse((await check('warfarin-3mg-tablet')).json());
    const interaction = result.alerts.find((alert) => alert.kind === 'interaction');
    expect(interaction).toMatchObject({ severity: 'major', needsOverride: true });
    expect(result.checkedAgainst.medicines.join(' ')).toMatch(/Aspirin/);

    const order = {
      productId: 'warfarin-3mg-tablet',
      dosage: dosage(),
      quantityUnits: 28,
      refills: 0,
      validityDays: 28,
    };
    const refused = await prescribe(doctor, order);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'safety_override_required' });
    expect(
      PrescriptionList.parse(
        (await patient.request({ method: 'GET', url: `/api/v1/patients/${patientId}/prescriptions` })).json(),
      ).prescriptions,
    ).toHaveLength(0);

    const signed = await prescribe(doctor, {
      ...order,
      overrides: result.alerts
        .filter((alert) => alert.needsOverride)
        .map((alert) => ({
          alertKey: alert.key,
          reason: 'Mechanical valve; cardiology advised both, INR weekly.',
        })),
    });
    expect(signed.statusCode, signed.body).toBe(201);
    const view = PrescriptionView.parse(signed.json());
    expect(view.overriddenAlerts.map((alert) => alert.title)).toContain(interaction?.title);
    const audited = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'prescription.override_safety_alert')
      .where('resource_id', '=', view.id)
      .execute();
    expect(audited.length).toBeGreaterThan(0);
    // The reason is stored encrypted, not in the audit log.
    expect(JSON.stringify(audited)).not.toContain('cardiology');
  });

  it('flags amoxicillin for a penicillin-allergic patient', async () => {
    const result = SafetyCheckResult.parse(
      (await check('amoxicillin-500mg-capsule', { doseUnit: 'capsule' })).json(),
    );
    expect(result.alerts.find((alert) => alert.kind === 'allergy')).toMatchObject({ needsOverride: true });
  });

  it('flags 4 g of paracetamol a day taken with another paracetamol product', async () => {
    const paracetamol = await prescribe(doctor, {
      productId: 'paracetamol-500mg-tablet',
      dosage: dosage({ doseQuantity: 2, timing: { kind: 'times-per-day', timesPerDay: 4 } }),
      quantityUnits: 100,
    });
    expect(paracetamol.statusCode, paracetamol.body).toBe(201);
    const result = SafetyCheckResult.parse(
      (
        await check('co-codamol-30-500mg-tablet', {
          doseQuantity: 2,
          timing: { kind: 'times-per-day', timesPerDay: 4 },
        })
      ).json(),
    );
    expect(result.alerts.find((alert) => alert.kind === 'dose-above-maximum')?.title).toMatch(/paracetamol/i);
  });

  it('lets only a doctor caring for the patient prescribe, and rejects bad orders with a clear error', async () => {
    const order = { productId: 'amlodipine-5mg-tablet', dosage: dosage(), quantityUnits: 28 };
    expect((await prescribe(stranger, order)).statusCode).toBe(403);
    expect((await prescribe(patient, order)).statusCode).toBe(403);
    const unknown = await prescribe(doctor, { ...order, productId: 'no-such-medicine' });
    expect(unknown.statusCode).toBe(422);
    const bad = await prescribe(doctor, { ...order, quantityUnits: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });
});

describe('e-prescriptions at the pharmacy', () => {
  let prescription: PrescriptionView;

  beforeAll(async () => {
    const signed = await prescribe(doctor, {
      productId: 'amlodipine-5mg-tablet',
      dosage: dosage(),
      quantityUnits: 10,
      refills: 0,
    });
    expect(signed.statusCode, signed.body).toBe(201);
    prescription = PrescriptionView.parse(signed.json());
  });

  const verify = (client: SignedInClient, token: string) =>
    client.request({
      method: 'POST',
      url: `/api/v1/pharmacies/${pharmacyId}/prescriptions/verify`,
      payload: { token },
    });
  const dispense = (units: number, key = randomUUID()) =>
    pharmacist.request({
      method: 'POST',
      url: `/api/v1/pharmacies/${pharmacyId}/dispenses`,
      payload: { token: prescription.token, units, idempotencyKey: key },
    });

  it('verifies the signed code and shows what remains; a tampered code is rejected', async () => {
    const token = prescription.token ?? '';
    const verified = VerifiedPrescription.parse((await verify(pharmacist, token)).json());
    expect(verified).toMatchObject({ valid: true, remainingUnits: 10, patientName: 'Mary Ellis' });
    const [header, payload, signature] = token.split('.');
    const flipped = `${header}.${payload?.slice(0, 10)}${payload?.[10] === 'A' ? 'B' : 'A'}${payload?.slice(11)}.${signature}`;
    const tampered = VerifiedPrescription.parse((await verify(pharmacist, flipped)).json());
    expect(tampered.valid).toBe(false);
    expect(tampered.valid === false && ['bad-signature', 'malformed'].includes(tampered.reason)).toBe(true);
    // Only the pharmacy's own pharmacists use its counter.
    expect((await verify(otherPharmacist, token)).statusCode).toBe(403);
    expect((await verify(doctor, token)).statusCode).toBe(403);
  });

  it('dispenses partial fills, and two pharmacists racing for the last units succeed once', async () => {
    const first = await dispense(6);
    expect(first.statusCode, first.body).toBe(201);
    expect(DispenseResult.parse(first.json())).toMatchObject({ remainingUnits: 4, status: 'active' });
    t.clock.advance(60_000);
    const race = await Promise.all([dispense(4), dispense(4)]);
    expect(race.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const list = PrescriptionList.parse(
      (await patient.request({ method: 'GET', url: `/api/v1/patients/${patientId}/prescriptions` })).json(),
    );
    const seen = list.prescriptions.find((entry) => entry.id === prescription.id);
    expect(seen).toMatchObject({ status: 'completed', dispensedUnits: 10, remainingUnits: 0 });
    expect(seen?.dispenses.map((d) => d.units)).toEqual([6, 4]);
    // Ten tablets of a once-a-day medicine, none due yet: ten days' supply, no refill prompt yet (7 days).
    const adherence = AdherenceView.parse(
      (await patient.request({ method: 'GET', url: `/api/v1/patients/${patientId}/adherence` })).json(),
    );
    expect(adherence.refills.find((refill) => refill.prescriptionId === prescription.id)).toMatchObject({
      remainingUnits: 10,
      daysOfSupply: 10,
      isRefillDue: false,
    });
  });

  it('serves the code as a QR image and a printable PDF to the patient, and lets the doctor cancel', async () => {
    const another = PrescriptionView.parse(
      (
        await prescribe(doctor, { productId: 'amlodipine-10mg-tablet', dosage: dosage(), quantityUnits: 28 })
      ).json(),
    );
    const qr = await patient.request({
      method: 'GET',
      url: `/api/v1/patients/${patientId}/prescriptions/${another.id}/qr.svg`,
    });
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    const pdf = await patient.request({
      method: 'GET',
      url: `/api/v1/patients/${patientId}/prescriptions/${another.id}/pdf`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const cancelled = await doctor.request({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/prescriptions/${another.id}/cancel`,
      payload: { reason: 'Changed to a lower dose.' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const afterCancel = VerifiedPrescription.parse((await verify(pharmacist, another.token ?? '')).json());
    const cancelledPdf = await patient.request({
      method: 'GET',
      url: `/api/v1/patients/${patientId}/prescriptions/${another.id}/pdf`,
    });
    expect(cancelledPdf.statusCode).toBe(409);
    expect(afterCancel).toMatchObject({ valid: false, reason: 'cancelled' });
  });
});
