import type { bloodbank } from '@nexus/clinical';
import type { ReceiveUnitRequest, Role } from '@nexus/contracts';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, testAuditSigner } from '../../../test/factories.ts';
import { createFakeClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { createAuditModule } from '../audit/index.ts';
import { createBloodbankModule } from './index.ts';

/**
 * The inventory on a real database: never reserving or issuing an expired unit at the boundary
 * (AT-09), FEFO in tiers through the reservation (AT-11), one winner among 20 reserves of the last
 * unit (AT-17), holds that block and need a supervisor (AT-18), returns (AT-19), and the partial unique
 * index that allows one live allocation per unit.
 */
let testDb: TestDatabase;
const clock = createFakeClock(new Date('2026-03-10T09:00:00Z'));
let orgId: string;
let staff: Actor;
let supervisor: Actor;
let patientId: string;
let module: ReturnType<typeof createBloodbankModule>;
const male = (group: bloodbank.AboRh): bloodbank.TransfusionPatient => ({
  aboRh: group,
  groupStatus: 'confirmed',
  sex: 'male',
  ageYears: 60,
  antibodies: [],
  isChronicallyTransfused: false,
  specialRequirements: [],
});
let patientGroup: bloodbank.AboRh = { abo: 'A', rhd: 'POS' };

const actorFor = (user: { id: string; email: string }, role: Role): Actor => ({
  sessionId: 'test',
  credential: { kind: 'session' },
  userId: user.id,
  email: user.email,
  displayName: 'Test',
  patientId: null,
  memberships: [
    { organisationId: orgId, organisationName: 'Blood bank', organisationKind: 'hospital', role },
  ],
});

let dinSeq = 0;
const DAY = 86_400_000;
async function stockUnit(over: Partial<ReceiveUnitRequest> & { expiresAt: string }) {
  dinSeq++;
  const received = await module.inventory.receive(staff, orgId, {
    din: `G1234${String(dinSeq).padStart(8, '0')}`,
    productCode: 'E0382V00',
    division: '00',
    componentType: 'rbc_additive',
    abo: 'O',
    rhd: 'NEG',
    volumeMl: 280,
    collectedAt: '2026-02-20T08:00:00Z',
    attributes: [],
    antigenNegative: [],
    locationId: null,
    ttiStatus: 'safe',
    ...over,
  });
  return module.inventory.verifyLabel(staff, orgId, received.id, {
    confirmedAbo: received.abo,
    confirmedRhd: received.rhd,
  });
}
const reserveRequest = (over: Record<string, unknown> = {}) => ({
  patientId,
  requestRef: 'REQ-1',
  category: 'rbc' as const,
  count: 1,
  priority: 'stat' as const,
  neededBy: clock.now().toISOString(),
  method: 'electronic' as const,
  sampleValidUntil: null,
  ...over,
});
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { code?: string }) => error.code ?? String(error),
  );

beforeAll(async () => {
  testDb = await createTestDatabase();
  const db = testDb.db;
  const audit = createAuditModule({
    db: db.kysely,
    clock,
    log: pino({ level: 'silent' }),
    signer: testAuditSigner,
  });
  orgId = await buildOrganisation(db, clock, { kind: 'hospital' });
  staff = actorFor(
    await buildUser(db, clock, { role: 'blood_bank_staff', organisationId: orgId }),
    'blood_bank_staff',
  );
  supervisor = actorFor(
    await buildUser(db, clock, { role: 'org_admin', organisationId: orgId }),
    'org_admin',
  );
  patientId = (await buildUser(db, clock, { role: 'patient' })).patientId as string;
  module = createBloodbankModule({
    db: db.kysely,
    clock,
    audit: audit.service,
    patients: { of: async () => male(patientGroup) },
  });
}, 60_000);
afterAll(() => testDb?.destroy());

/** Each describe gets its own blood bank stock: the others' units leave stock first. */
async function emptyStock() {
  await testDb.db.kysely
    .updateTable('bloodbank_units')
    .set({ status: 'discarded' })
    .where('organisation_id', '=', orgId)
    .where('status', 'in', ['available', 'quarantined'])
    .execute();
}

describe('AT-09: never issue expired', () => {
  it('reserves at expiresAt − 1 s and refuses to issue at expiresAt', async () => {
    await emptyStock();
    patientGroup = { abo: 'O', rhd: 'NEG' };
    const start = clock.now();
    const expiresAt = new Date(start.getTime() + 3_600_000);
    const unit = await stockUnit({ expiresAt: expiresAt.toISOString() });
    clock.advance(expiresAt.getTime() - clock.now().getTime() - 1000);
    const { allocations } = await module.inventory.reserve(staff, orgId, reserveRequest());
    expect(allocations.map((a) => a.unitId)).toEqual([unit.id]);
    clock.advance(1000);
    const allocationId = allocations[0]?.id as string;
    expect(await codeOf(module.inventory.issue(staff, orgId, allocationId, { issuedTo: 'Ward 3' }))).toBe(
      'unit_expired',
    );
    const view = await module.inventory.inventory(orgId);
    expect(view.rows).toContainEqual(expect.objectContaining({ band: 'expired', reserved: 1 }));
  });
});

describe('AT-11: FEFO and tiers', () => {
  it('proposes A+ D+3, A+ D+10, then O+ D+1 before A−; never a unit that lapses before neededBy', async () => {
    await emptyStock();
    patientGroup = { abo: 'A', rhd: 'POS' };
    const d0 = clock.now().getTime();
    const at = (days: number) => new Date(d0 + days * DAY).toISOString();
    const stock = {
      aPos3: await stockUnit({ abo: 'A', rhd: 'POS', expiresAt: at(3) }),
      aPos10: await stockUnit({ abo: 'A', rhd: 'POS', expiresAt: at(10) }),
      aNeg2: await stockUnit({ abo: 'A', rhd: 'NEG', expiresAt: at(2) }),
      oPos1: await stockUnit({ abo: 'O', rhd: 'POS', expiresAt: at(1) }),
      oNeg5: await stockUnit({ abo: 'O', rhd: 'NEG', expiresAt: at(5) }),
    };
    const two = await module.inventory.reserve(
      staff,
      orgId,
      reserveRequest({ count: 2, priority: 'routine' }),
    );
    expect(two.allocations.map((a) => a.unitId)).toEqual([stock.aPos3.id, stock.aPos10.id]);
    for (const a of two.allocations) await module.inventory.releaseReservation(staff, orgId, a.id);
    const three = await module.inventory.reserve(
      staff,
      orgId,
      reserveRequest({ count: 3, priority: 'routine' }),
    );
    expect(three.allocations.map((a) => a.unitId)).toEqual([stock.aPos3.id, stock.aPos10.id, stock.oPos1.id]);
    for (const a of three.allocations) await module.inventory.releaseReservation(staff, orgId, a.id);
    const later = await module.inventory.reserve(
      staff,
      orgId,
      reserveRequest({ count: 1, priority: 'routine', neededBy: at(4) }),
    );
    expect(later.allocations.map((a) => a.unitId)).toEqual([stock.aPos10.id]);
    expect(later.allocations.map((a) => a.unitId)).not.toContain(stock.aNeg2.id);
  });
});

describe('AT-17: concurrency', () => {
  it('20 parallel reserves of the one O− unit: exactly one wins', async () => {
    await emptyStock();
    patientGroup = { abo: 'O', rhd: 'NEG' };
    const unit = await stockUnit({ expiresAt: new Date(clock.now().getTime() + 10 * DAY).toISOString() });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => codeOf(module.inventory.reserve(staff, orgId, reserveRequest()))),
    );
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'insufficient_units' || o === 'unit_unavailable')).toHaveLength(19);
    const live = await testDb.db.kysely
      .selectFrom('bloodbank_allocations')
      .select('id')
      .where('unit_id', '=', unit.id)
      .where('status', '=', 'active')
      .execute();
    expect(live).toHaveLength(1);
  });

  it('the partial unique index refuses a second live allocation inserted directly', async () => {
    const [live] = await testDb.db.kysely
      .selectFrom('bloodbank_allocations')
      .selectAll()
      .where('status', '=', 'active')
      .limit(1)
      .execute();
    if (!live) throw new Error('no live allocation');
    const insert = testDb.db.kysely
      .insertInto('bloodbank_allocations')
      .values({ ...live, id: '7b0c1c4e-34a7-4f7b-9d5e-1f4a2c3b4d5e', request_ref: 'REQ-2' })
      .execute();
    await expect(insert).rejects.toMatchObject({ code: '23505' });
  });
});

describe('AT-18: holds block everything', () => {
  it('a cold-chain hold blocks reserve and issue; only a supervisor with evidence releases it', async () => {
    await emptyStock();
    patientGroup = { abo: 'O', rhd: 'NEG' };
    const unit = await stockUnit({ expiresAt: new Date(clock.now().getTime() + 10 * DAY).toISOString() });
    const { allocations } = await module.inventory.reserve(staff, orgId, reserveRequest());
    const allocationId = allocations[0]?.id as string;
    const held = await module.inventory.placeHold(staff, orgId, unit.id, {
      kind: 'cold_chain_excursion',
      reason: 'Fridge 2 alarm 9.1 °C',
    });
    expect(held.status).toBe('quarantined');
    expect(await codeOf(module.inventory.reserve(staff, orgId, reserveRequest()))).toBe('insufficient_units');
    expect(await codeOf(module.inventory.issue(staff, orgId, allocationId, { issuedTo: 'Ward 3' }))).toBe(
      'allocation_not_active',
    );
    const holdId = held.holds[0]?.id as string;
    expect(
      await codeOf(module.inventory.releaseHold(staff, orgId, unit.id, holdId, { evidence: 'Probe log' })),
    ).toBe('supervisor_required');
    const released = await module.inventory.releaseHold(supervisor, orgId, unit.id, holdId, {
      evidence: 'Probe log shows 4 °C throughout; alarm was a door left open 2 min',
    });
    expect(released).toMatchObject({ status: 'available', holds: [] });
    const { events } = await module.inventory.events(orgId, unit.id);
    expect(events.map((e) => e.kind)).toEqual([
      'receive',
      'verify_label',
      'reserve',
      'hold_place',
      'hold_release',
    ]);
    const audit = await testDb.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('resource_id', '=', unit.id)
      .where('action', '=', 'bloodbank.unit.hold_release')
      .execute();
    expect(audit.map((a) => a.outcome).sort()).toEqual(['denied', 'success']);
  });

  it('a hold on an available unit takes it out of stock, so it cannot be reserved', async () => {
    await emptyStock();
    const unit = await stockUnit({ expiresAt: new Date(clock.now().getTime() + 10 * DAY).toISOString() });
    await module.inventory.placeHold(staff, orgId, unit.id, { kind: 'recall', reason: 'Supplier recall' });
    expect((await module.inventory.unit(orgId, unit.id)).status).toBe('quarantined');
    await expect(module.inventory.reserve(staff, orgId, reserveRequest({}))).rejects.toMatchObject({
      status: 409,
    });
  });
});

describe('AT-19: return', () => {
  const inspection = {
    temperatureC: 4,
    containerValidated: false,
    sealIntact: true,
    segmentAttached: true,
    visualInspectionPassed: true,
  };
  async function issuedUnit(componentType = 'rbc_additive') {
    await emptyStock();
    const unit = await stockUnit({
      componentType,
      expiresAt: new Date(clock.now().getTime() + 4 * DAY).toISOString(),
    });
    const category = componentType === 'platelets' ? 'platelets' : 'rbc';
    const { allocations } = await module.inventory.reserve(staff, orgId, reserveRequest({ category }));
    await module.inventory.issue(staff, orgId, allocations[0]?.id as string, { issuedTo: 'Theatre 1' });
    return unit;
  }

  it('RBC back after 25 min at 4 °C, sealed, segment attached → available as a reissue', async () => {
    patientGroup = { abo: 'O', rhd: 'NEG' };
    const unit = await issuedUnit();
    const result = await module.inventory.returnUnit(staff, orgId, unit.id, {
      ...inspection,
      minutesOutOfControlledStorage: 25,
    });
    expect(result).toMatchObject({ decision: 'restock', unit: { status: 'available', isReissue: true } });
  });

  it('RBC back after 45 min outside a validated cooler → discarded returned_unacceptable', async () => {
    const unit = await issuedUnit();
    const result = await module.inventory.returnUnit(staff, orgId, unit.id, {
      ...inspection,
      minutesOutOfControlledStorage: 45,
    });
    expect(result).toMatchObject({
      decision: 'discard',
      discardReason: 'returned_unacceptable',
      unit: { status: 'discarded' },
    });
  });

  it('platelets back at 8 °C → discarded temperature_excursion', async () => {
    const unit = await issuedUnit('platelets');
    const result = await module.inventory.returnUnit(staff, orgId, unit.id, {
      ...inspection,
      temperatureC: 8,
      minutesOutOfControlledStorage: 10,
    });
    expect(result).toMatchObject({ decision: 'discard', discardReason: 'temperature_excursion' });
    const discard = await testDb.db.kysely
      .selectFrom('bloodbank_discards')
      .select('reason_code')
      .where('unit_id', '=', unit.id)
      .executeTakeFirst();
    expect(discard?.reason_code).toBe('temperature_excursion');
  });
});

describe('reservation expiry job', () => {
  it('expires due reservations once and gives the unit back', async () => {
    await emptyStock();
    const unit = await stockUnit({ expiresAt: new Date(clock.now().getTime() + 10 * DAY).toISOString() });
    await module.inventory.reserve(staff, orgId, reserveRequest());
    clock.advance(25 * 3_600_000);
    expect(await module.inventory.expireReservations()).toBeGreaterThanOrEqual(1);
    expect(await module.inventory.expireReservations()).toBe(0);
    expect((await module.inventory.unit(orgId, unit.id)).status).toBe('available');
  });
});
