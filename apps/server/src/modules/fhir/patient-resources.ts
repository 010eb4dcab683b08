import type { Patient } from '@medplum/fhirtypes';
import type { Clock } from '../../platform/clock.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import type { FhirRepo } from './fhir.repo.ts';
import { indexRowsOf } from './index-rows.ts';
import { withRecordNumber } from './patient-demographics.ts';
import type { PatientIndexRepo } from './patient-index.repo.ts';

/** Called in the transaction that created a `patients` row (a patient account), so its record exists at once. */
export type PatientRecordCreated = (
  executor: Executor,
  patient: { id: string; displayName: string },
) => Promise<void>;

/**
 * Every patient record has its FHIR Patient resource. Accounts create the `patients` row; this gives
 * it a record number and a first Patient resource (the name the account was made with), which the
 * patient and their clinicians complete through the record.
 */
export function createPatientResources(deps: {
  repo: FhirRepo;
  patientIndex: PatientIndexRepo;
  clock: Clock;
}) {
  const { repo, patientIndex, clock } = deps;

  async function create(
    executor: Executor,
    patient: { id: string; displayName: string; recordNumber: string | null },
  ): Promise<void> {
    if (await repo.current(executor, 'Patient', patient.id)) return;
    const recordNumber = patient.recordNumber ?? (await patientIndex.nextRecordNumbers(executor, 1))[0] ?? '';
    const now = clock.now();
    const resource = withRecordNumber(
      {
        resourceType: 'Patient',
        id: patient.id,
        meta: { versionId: '1', lastUpdated: now.toISOString() },
        active: true,
        name: [{ use: 'usual', text: patient.displayName }],
      } satisfies Patient,
      recordNumber,
    );
    await patientIndex.update(executor, patient.id, {
      displayName: patient.displayName,
      birthDate: null,
      gender: null,
      identifiers: [recordNumber],
      recordNumber,
    });
    await repo.write(executor, [
      {
        resourceType: 'Patient',
        id: patient.id,
        versionId: 1,
        patientId: patient.id,
        lastUpdated: now,
        isDeleted: false,
        contentJson: JSON.stringify(resource),
        authorUserId: null,
        index: indexRowsOf(resource),
        isNew: true,
      },
    ]);
  }

  return {
    onPatientRecordCreated: ((executor, patient) =>
      create(executor, { ...patient, recordNumber: null })) as PatientRecordCreated,

    /** Gives every patient record made without one (before the FHIR store existed) its Patient resource. */
    async backfill(db: Executor): Promise<number> {
      const missing = await patientIndex.withoutResource(db);
      for (const patient of missing) await withTransaction(db, (trx) => create(trx, patient));
      return missing.length;
    },
  };
}
