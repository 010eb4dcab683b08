import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, testAuditSigner } from '../../../test/factories.ts';
import { createFakeClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { createAuditModule } from '../audit/index.ts';
import { type BreakGlassEvent, createAccessModule } from './index.ts';

let t: TestDatabase;
const clock = createFakeClock();
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

function moduleWith(notifier: (event: BreakGlassEvent) => Promise<void>) {
  const audit = createAuditModule({
    db: t.db.kysely,
    clock,
    log: pino({ level: 'silent' }),
    signer: testAuditSigner,
  });
  return createAccessModule({
    db: t.db.kysely,
    clock,
    log: pino({ level: 'silent' }),
    audit: audit.service,
    auditLog: audit.service,
    notifier,
  });
}

async function doctorAndPatient() {
  const doctor = await buildUser(t.db, clock, { role: 'doctor', withTotp: false });
  const patient = await buildUser(t.db, clock, { role: 'patient', withTotp: false });
  const actor: Actor = {
    sessionId: 's',
    credential: { kind: 'session' },
    userId: doctor.id,
    email: doctor.email,
    displayName: 'Dr',
    patientId: null,
    memberships: [
      {
        organisationId: doctor.organisationId,
        organisationName: 'Clinic',
        organisationKind: 'clinic',
        role: 'doctor',
      },
    ],
  };
  return { actor, doctor, patient, patientId: patient.patientId ?? '' };
}

const origin = { sourceIp: '127.0.0.1', requestId: 'req-1' };
const reason = 'Brought in unconscious after a road accident';

describe('break-glass notices', () => {
  it('tells the notifier who opened access to whose record, for which organisation, until when', async () => {
    const events: BreakGlassEvent[] = [];
    const access = moduleWith(async (event) => void events.push(event));
    const { actor, doctor, patient, patientId } = await doctorAndPatient();
    const grant = await access.breakGlass.open(actor, patientId, { reason }, origin);
    expect(events).toEqual([
      {
        type: 'break_glass.opened',
        grantId: grant.grantId,
        patientId,
        patientUserId: patient.id,
        clinicianUserId: doctor.id,
        organisationId: doctor.organisationId,
        openedAt: clock.now(),
        expiresAt: new Date(clock.now().getTime() + 4 * 3_600_000),
      },
    ]);
    expect(await access.facts.activeBreakGlass(doctor.id, patientId, clock.now())).toBe(true);
  });

  it('keeps the access open when the notice fails (it is logged instead)', async () => {
    const access = moduleWith(async () => {
      throw new Error('SMTP is down');
    });
    const { actor, doctor, patientId } = await doctorAndPatient();
    await expect(access.breakGlass.open(actor, patientId, { reason }, origin)).resolves.toMatchObject({
      patient: { id: patientId },
    });
    expect(await access.facts.activeBreakGlass(doctor.id, patientId, clock.now())).toBe(true);
  });

  it('does not open access to a patient who does not exist, and tells nobody', async () => {
    const events: BreakGlassEvent[] = [];
    const access = moduleWith(async (event) => void events.push(event));
    const { actor } = await doctorAndPatient();
    await expect(
      access.breakGlass.open(actor, '00000000-0000-4000-8000-00000000dead', { reason }, origin),
    ).rejects.toMatchObject({ code: 'patient_not_found', status: 404 });
    expect(events).toEqual([]);
  });
});
