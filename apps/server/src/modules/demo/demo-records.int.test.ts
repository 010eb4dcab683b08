import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../../test/factories.ts';
import { fhirModuleForTest } from '../../../test/fhir-module.ts';
import { createFakeClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { seedDemoRecords } from './demo-records.ts';

let testDb: TestDatabase;
const clock = createFakeClock(new Date('2026-11-30T15:30:00Z'));

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => testDb.destroy());

describe('the demo records', () => {
  it('import the demo patient’s history and a synthetic cohort admitted to the clinic', async () => {
    const fhir = fhirModuleForTest(testDb.db, clock);
    const organisationId = await buildOrganisation(testDb.db, clock, { name: 'Demo clinic' });
    const membership = (role: 'doctor' | 'org_admin') => ({
      organisationId,
      organisationName: 'Demo clinic',
      organisationKind: 'clinic' as const,
      role,
    });
    const doctor = await buildUser(testDb.db, clock, { role: 'doctor', organisationId });
    const admin = await buildUser(testDb.db, clock, { role: 'org_admin', organisationId });
    const patient = await buildUser(testDb.db, clock, {
      role: 'patient',
      organisationId,
      displayName: 'Alex Morgan',
    });
    await testDb.db.kysely
      .insertInto('care_relationships')
      .values({
        patient_id: patient.patientId as string,
        organisation_id: organisationId,
        source: 'admission',
        created_at: clock.now(),
      })
      .execute();

    const seeded = await seedDemoRecords({
      imports: fhir.imports,
      doctor: {
        id: doctor.id,
        email: doctor.email,
        displayName: 'Dr Demo',
        membership: membership('doctor'),
      },
      admin: {
        id: admin.id,
        email: admin.email,
        displayName: 'Admin Demo',
        membership: membership('org_admin'),
      },
      demoPatientId: patient.patientId as string,
      now: clock.now(),
      cohortSize: 3,
    });
    expect(seeded.patients).toBe(4);
    const own = await fhir.services.records.compartment(patient.patientId as string);
    expect(own.filter((r) => r.resourceType === 'Observation').length).toBeGreaterThan(20);
    expect(own.find((r) => r.resourceType === 'Patient')).toMatchObject({
      name: [{ family: 'Morgan', given: ['Alex'] }],
    });
    const admitted = await testDb.db.kysely
      .selectFrom('care_relationships')
      .select('patient_id')
      .where('organisation_id', '=', organisationId)
      .execute();
    expect(admitted).toHaveLength(4);
    const latest = own
      .flatMap((r) =>
        'effectiveDateTime' in r && typeof r.effectiveDateTime === 'string' ? [r.effectiveDateTime] : [],
      )
      .sort()
      .at(-1);
    // Histories end on the day they are seeded, never after it.
    expect(latest && latest <= '2026-11-30T23:59:59Z').toBe(true);
  });
});
