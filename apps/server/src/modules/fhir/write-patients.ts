import type { Patient } from '@medplum/fhirtypes';
import type { Executor } from '../../platform/db/database.ts';
import type { FhirContext } from './fhir-access.ts';
import type { AdmitWithin } from './fhir-writer.ts';
import { patientIndexEntryOf, recordNumberOf, withRecordNumber } from './patient-demographics.ts';
import type { PatientIndexRepo } from './patient-index.repo.ts';
import type { PlannedWrite } from './write-plan.ts';

/** Patients created or changed: the master patient index follows their Patient resources. */
export async function syncPatients(
  deps: { patientIndex: PatientIndexRepo; admit: AdmitWithin },
  trx: Executor,
  ctx: FhirContext,
  planned: PlannedWrite[],
  newPatients: ReadonlySet<string>,
  organisationId: string | null,
) {
  const patientWrites = planned.filter((w) => w.resourceType === 'Patient' && w.resource && !w.matched);
  if (patientWrites.length === 0) return;
  const fresh = patientWrites.filter((w) => newPatients.has(w.id));
  const numbers = await deps.patientIndex.nextRecordNumbers(trx, fresh.length);
  const known = await deps.patientIndex.existing(
    trx,
    patientWrites.filter((w) => !newPatients.has(w.id)).map((w) => w.id),
  );
  const inserts: Parameters<PatientIndexRepo['insert']>[1][number][] = [];
  for (const write of patientWrites) {
    const patient = write.resource as Patient;
    const recordNumber = newPatients.has(write.id)
      ? (numbers[fresh.indexOf(write)] as string)
      : (known.get(write.id)?.recordNumber ??
        recordNumberOf(patient) ??
        (await deps.patientIndex.nextRecordNumbers(trx, 1))[0] ??
        '');
    write.resource = withRecordNumber(patient, recordNumber);
    const entry = patientIndexEntryOf(write.resource as Patient);
    if (newPatients.has(write.id)) inserts.push({ id: write.id, recordNumber, ...entry });
    else await deps.patientIndex.update(trx, write.id, { ...entry, recordNumber });
  }
  await deps.patientIndex.insert(trx, inserts);
  if (organisationId) {
    for (const row of inserts) await deps.admit(trx, ctx.actor, organisationId, row.id, ctx.origin);
  }
}
