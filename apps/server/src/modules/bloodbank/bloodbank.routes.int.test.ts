import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

/**
 * The blood bank's HTTP API on the real app:
 * who may call it, and 20 parallel reserve requests for the last O− unit (AT-17): one 201, nineteen 409.
 */
let t: TestApp;
let staff: SignedInClient;
let nurse: SignedInClient;
let otherStaff: SignedInClient;
let orgId: string;
let patientId: string;

beforeAll(async () => {
  t = await createTestApp();
  orgId = await buildOrganisation(t.testDb.db, t.clock, { kind: 'hospital' });
  staff = await signedIn(
    t,
    await buildUser(t.testDb.db, t.clock, { role: 'blood_bank_staff', organisationId: orgId }),
  );
  nurse = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role: 'nurse', organisationId: orgId }));
  otherStaff = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role: 'blood_bank_staff' }));
  patientId = (await buildUser(t.testDb.db, t.clock, { role: 'patient' })).patientId as string;
}, 120_000);
afterAll(() => t?.close());

describe('blood bank routes', () => {
  it('are for the blood bank staff of that organisation', async () => {
    const url = `/api/v1/blood-banks/${orgId}/inventory`;
    expect((await staff.request({ method: 'GET', url })).statusCode).toBe(200);
    expect((await nurse.request({ method: 'GET', url })).statusCode).toBe(403);
    expect((await otherStaff.request({ method: 'GET', url })).statusCode).toBe(403);
  });

  it('AT-17: 20 parallel reserves of one O− unit → one 201, nineteen 409, one active allocation', async () => {
    const expiresAt = new Date(t.clock.now().getTime() + 5 * 86_400_000).toISOString();
    const received = await staff.request({
      method: 'POST',
      url: `/api/v1/blood-banks/${orgId}/units`,
      payload: {
        din: 'G123498654321',
        productCode: 'E0382V00',
        componentType: 'rbc_additive',
        abo: 'O',
        rhd: 'NEG',
        collectedAt: '2026-02-20T08:00:00Z',
        expiresAt,
      },
    });
    expect(received.statusCode, received.body).toBe(201);
    const unitId = received.json().id as string;
    const verified = await staff.request({
      method: 'POST',
      url: `/api/v1/blood-banks/${orgId}/units/${unitId}/label-verification`,
      payload: { confirmedAbo: 'O', confirmedRhd: 'NEG' },
    });
    expect(verified.json()).toMatchObject({ status: 'available' });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        staff.request({
          method: 'POST',
          url: `/api/v1/blood-banks/${orgId}/reservations`,
          payload: {
            patientId,
            requestRef: `REQ-${i}`,
            category: 'rbc',
            count: 1,
            priority: 'stat',
            neededBy: t.clock.now().toISOString(),
            method: 'uncrossmatched',
          },
        }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const live = await t.testDb.db.kysely
      .selectFrom('bloodbank_allocations')
      .select('id')
      .where('unit_id', '=', unitId)
      .where('status', 'in', ['active', 'issued'])
      .execute();
    expect(live).toHaveLength(1);
  });

  it('refuses a hold release by staff who are not supervisors', async () => {
    const unitId = (
      await staff.request({
        method: 'POST',
        url: `/api/v1/blood-banks/${orgId}/units`,
        payload: {
          din: 'G123498654322',
          productCode: 'E0382V00',
          componentType: 'rbc_additive',
          abo: 'O',
          rhd: 'NEG',
          collectedAt: '2026-02-20T08:00:00Z',
          expiresAt: new Date(t.clock.now().getTime() + 5 * 86_400_000).toISOString(),
        },
      })
    ).json().id as string;
    const held = await staff.request({
      method: 'POST',
      url: `/api/v1/blood-banks/${orgId}/units/${unitId}/holds`,
      payload: { kind: 'cold_chain_excursion', reason: 'Alarm' },
    });
    expect(held.statusCode, held.body).toBe(201);
    const holdId = held.json().holds[0].id as string;
    const release = await staff.request({
      method: 'POST',
      url: `/api/v1/blood-banks/${orgId}/units/${unitId}/holds/${holdId}/release`,
      payload: { evidence: 'Probe log' },
    });
    expect(release.statusCode).toBe(403);
    expect(release.json()).toMatchObject({ code: 'supervisor_required' });
  });
});
