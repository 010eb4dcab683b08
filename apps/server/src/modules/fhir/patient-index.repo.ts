import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { PatientIndexEntry } from './patient-demographics.ts';

/**
 * SQL on the master patient index (`patients`): the FHIR store keeps its columns in step with each
 * patient's FHIR Patient resource (same id).
 */
export function createPatientIndexRepo() {
  return {
    async nextRecordNumbers(db: Executor, count: number): Promise<string[]> {
      if (count === 0) return [];
      const rows = await sql<{ value: string }>`
        select 'MRN-' || nextval('patient_record_number_seq') as value from generate_series(1, ${count})`.execute(
        db,
      );
      return rows.rows.map((row) => row.value);
    },

    async existing(
      db: Executor,
      ids: readonly string[],
    ): Promise<Map<string, { recordNumber: string | null }>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('patients')
        .select(['id', 'record_number'])
        .where('id', 'in', [...ids])
        .execute();
      return new Map(rows.map((row) => [row.id, { recordNumber: row.record_number }]));
    },

    async insert(
      db: Executor,
      rows: ReadonlyArray<PatientIndexEntry & { id: string; recordNumber: string }>,
    ): Promise<void> {
      if (rows.length === 0) return;
      await db
        .insertInto('patients')
        .values(
          rows.map((row) => ({
            id: row.id,
            display_name: row.displayName,
            record_number: row.recordNumber,
            birth_date: row.birthDate,
            gender: row.gender,
            identifiers: row.identifiers,
          })),
        )
        .execute();
    },

    async update(
      db: Executor,
      id: string,
      entry: PatientIndexEntry & { recordNumber: string },
    ): Promise<void> {
      await db
        .updateTable('patients')
        .set({
          display_name: entry.displayName,
          record_number: entry.recordNumber,
          birth_date: entry.birthDate,
          gender: entry.gender,
          identifiers: entry.identifiers,
        })
        .where('id', '=', id)
        .execute();
    },

    /** Patient records (accounts made before or outside the FHIR store) that have no Patient resource yet. */
    async withoutResource(
      db: Executor,
    ): Promise<{ id: string; displayName: string; recordNumber: string | null }[]> {
      const rows = await db
        .selectFrom('patients as p')
        .leftJoin('fhir_resources as r', (join) =>
          join.onRef('r.id', '=', sql`p.id::text`).on('r.resource_type', '=', 'Patient'),
        )
        .select(['p.id', 'p.display_name', 'p.record_number'])
        .where('r.id', 'is', null)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        displayName: row.display_name,
        recordNumber: row.record_number,
      }));
    },
  };
}
export type PatientIndexRepo = ReturnType<typeof createPatientIndexRepo>;
