import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../../test/factories.ts';
import { createFakeClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createPrescriptionsRepo, type DispenseOutcome } from './prescriptions.repo.ts';

const NOW = new Date('2026-12-01T10:00:00Z');
const clock = createFakeClock(NOW);
const repo = createPrescriptionsRepo();
let t: TestDatabase;
let patientId: string;
let doctorId: string;
let clinicId: string;
let pharmacyId: string;
let otherPharmacyId: string;
let pharmacistId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  clinicId = await buildOrganisation(t.db, clock);
  pharmacyId = await buildOrganisation(t.db, clock, { kind: 'pharmacy' });
  otherPharmacyId = await buildOrganisation(t.db, clock, { kind: 'pharmacy' });
  const patient = await buildUser(t.db, clock, { role: 'patient', organisationId: clinicId });
  patientId = patient.patientId ?? '';
  doctorId = (await buildUser(t.db, clock, { role: 'doctor', organisationId: clinicId })).id;
  pharmacistId = (await buildUser(t.db, clock, { role: 'pharmacist', organisationId: pharmacyId })).id;
});
afterAll(async () => t.destroy());

async function prescription(
  overrides: { quantityUnits?: number; refills?: number; expiresAt?: Date; pharmacyId?: string | null } = {},
) {
  const id = randomUUID();
  await repo.insert(t.db.kysely, {
    id,
    patientId,
    organisationId: clinicId,
    prescriberUserId: doctorId,
    productId: 'amoxicillin-500mg-capsule',
    dosage: {
      doseQuantity: 1,
      doseUnit: 'capsule',
      route: 'oral',
      timing: { kind: 'times-per-day', timesPerDay: 3 },
      startDate: '2026-12-01',
      durationDays: 7,
      instructions: null,
    },
    quantityUnits: overrides.quantityUnits ?? 21,
    refills: overrides.refills ?? 0,
    signedAt: NOW,
    expiresAt: overrides.expiresAt ?? new Date('2026-12-31T10:00:00Z'),
    token: 'signed-token',
    pharmacyOrganisationId: overrides.pharmacyId ?? null,
  });
  return id;
}

const dispense = (
  prescriptionId: string,
  units: number,
  key: string = randomUUID(),
  at = NOW,
  pharmacy = pharmacyId,
) =>
  t.db.kysely.transaction().execute(
    (trx): Promise<DispenseOutcome> =>
      repo.dispense(trx, {
        id: randomUUID(),
        prescriptionId,
        pharmacyId: pharmacy,
        pharmacistUserId: pharmacistId,
        units,
        idempotencyKey: key,
        now: at,
      }),
  );

describe('dispensing a prescription', () => {
  it('allows partial fills up to the authorised quantity, then completes it', async () => {
    const id = await prescription({ quantityUnits: 10, refills: 1 });
    expect(await dispense(id, 12)).toMatchObject({ ok: true, remainingUnits: 8, status: 'active' });
    expect(await dispense(id, 9)).toEqual({ ok: false, refusal: 'exceeds-remaining', remainingUnits: 8 });
    expect(await dispense(id, 8)).toMatchObject({ ok: true, remainingUnits: 0, status: 'completed' });
    expect(await dispense(id, 1)).toEqual({ ok: false, refusal: 'completed', remainingUnits: 0 });
    expect((await repo.byId(t.db.kysely, id))?.dispensedUnits).toBe(20);
  });

  it('gives two pharmacists racing for the last units one success, never more', async () => {
    const id = await prescription({ quantityUnits: 5 });
    const outcomes = await Promise.all([dispense(id, 5), dispense(id, 5), dispense(id, 3)]);
    const succeeded = outcomes.filter((outcome) => outcome.ok);
    expect(succeeded).toHaveLength(1);
    const row = await repo.byId(t.db.kysely, id);
    expect(row?.dispensedUnits).toBe(succeeded[0]?.ok ? succeeded[0].units : -1);
    expect(row?.dispensedUnits).toBeLessThanOrEqual(5);
  });

  it('repeats nothing for a retried request with the same idempotency key', async () => {
    const id = await prescription({ quantityUnits: 10 });
    const first = await dispense(id, 4, 'retry-key-0001');
    const again = await dispense(id, 4, 'retry-key-0001');
    expect(again).toMatchObject({ ok: true, isReplay: true, units: 4, remainingUnits: 6 });
    expect(first.ok && again.ok && first.dispenseId === again.dispenseId).toBe(true);
    expect((await repo.byId(t.db.kysely, id))?.dispensedUnits).toBe(4);
  });

  it('refuses an expired, a cancelled or another pharmacy’s prescription, and changes nothing', async () => {
    const expiring = await prescription({ expiresAt: new Date('2026-12-01T10:00:01Z') });
    expect(await dispense(expiring, 1, randomUUID(), new Date('2026-12-01T10:00:01Z'))).toMatchObject({
      ok: false,
      refusal: 'expired',
    });
    const cancelled = await prescription();
    expect(await repo.cancel(t.db.kysely, cancelled, doctorId, NOW)).toBe(true);
    expect(await repo.cancel(t.db.kysely, cancelled, doctorId, NOW)).toBe(false);
    expect(await dispense(cancelled, 1)).toMatchObject({ ok: false, refusal: 'cancelled' });
    const sent = await prescription({ pharmacyId });
    expect(await dispense(sent, 1, randomUUID(), NOW, otherPharmacyId)).toMatchObject({
      ok: false,
      refusal: 'other-pharmacy',
    });
    for (const id of [expiring, cancelled, sent])
      expect((await repo.byId(t.db.kysely, id))?.dispensedUnits).toBe(0);
    expect((await repo.pharmacyQueue(t.db.kysely, pharmacyId, NOW)).map((row) => row.id)).toEqual([sent]);
  });
});
