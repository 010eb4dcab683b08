import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { IndexRows } from './index-rows.ts';

/** A stored version of a resource; `contentJson` is the resource as JSON text (null when deleted). */
export type StoredVersion = {
  resourceType: string;
  id: string;
  versionId: number;
  patientId: string | null;
  lastUpdated: Date;
  isDeleted: boolean;
  contentJson: string | null;
};

/** One version to write: the resource's new current state, its history row and its index rows. */
export type VersionWrite = StoredVersion & {
  authorUserId: string | null;
  /** Index rows of the new version (none for a deletion). */
  index: IndexRows | null;
  /** The resource had no row before (skips deleting old index rows). */
  isNew: boolean;
};

const CHUNK = 500;
const chunks = <T>(items: readonly T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

const versionColumns = [
  'resource_type',
  'id',
  'version_id',
  'patient_id',
  'last_updated',
  'is_deleted',
  sql<string | null>`content::text`.as('content_json'),
] as const;

type VersionRow = {
  resource_type: string;
  id: string;
  version_id: string;
  patient_id: string | null;
  last_updated: Date;
  is_deleted: boolean;
  content_json: string | null;
};

export const toStoredVersion = (row: VersionRow): StoredVersion => ({
  resourceType: row.resource_type,
  id: row.id,
  versionId: Number(row.version_id),
  patientId: row.patient_id,
  lastUpdated: row.last_updated,
  isDeleted: row.is_deleted,
  contentJson: row.content_json,
});

const key = (w: { resourceType: string; id: string }) => sql`(${w.resourceType}, ${w.id})`;

async function deleteIndexRows(db: Executor, writes: readonly VersionWrite[]): Promise<void> {
  const replaced = writes.filter((w) => !w.isNew);
  for (const part of chunks(replaced)) {
    const keys = sql.join(part.map(key));
    for (const table of [
      'fhir_token_index',
      'fhir_string_index',
      'fhir_date_index',
      'fhir_reference_index',
      'fhir_quantity_index',
    ] as const) {
      await sql`delete from ${sql.table(table)} where (resource_type, resource_id) in (${keys})`.execute(db);
    }
  }
}

async function insertIndexRows(db: Executor, writes: readonly VersionWrite[]): Promise<void> {
  const base = (w: VersionWrite) => ({
    resource_type: w.resourceType,
    resource_id: w.id,
    patient_id: w.patientId,
  });
  const tokens = writes.flatMap((w) => (w.index?.tokens ?? []).map((r) => ({ ...base(w), ...r })));
  const strings = writes.flatMap((w) => (w.index?.strings ?? []).map((r) => ({ ...base(w), ...r })));
  const dates = writes.flatMap((w) =>
    (w.index?.dates ?? []).map((r) => ({ ...base(w), param: r.param, start_at: r.startAt, end_at: r.endAt })),
  );
  const references = writes.flatMap((w) =>
    (w.index?.references ?? []).map((r) => ({
      ...base(w),
      param: r.param,
      target_type: r.targetType,
      target_id: r.targetId,
    })),
  );
  const quantities = writes.flatMap((w) => (w.index?.quantities ?? []).map((r) => ({ ...base(w), ...r })));
  for (const part of chunks(tokens, 1000)) await db.insertInto('fhir_token_index').values(part).execute();
  for (const part of chunks(strings, 1000)) await db.insertInto('fhir_string_index').values(part).execute();
  for (const part of chunks(dates, 1000)) await db.insertInto('fhir_date_index').values(part).execute();
  for (const part of chunks(references, 1000))
    await db.insertInto('fhir_reference_index').values(part).execute();
  for (const part of chunks(quantities, 1000))
    await db.insertInto('fhir_quantity_index').values(part).execute();
}

/** SQL only: current versions, history and search indexes of the FHIR store. */
export function createFhirRepo() {
  return {
    /** The current version, locked for the rest of the transaction when `forUpdate`. */
    async current(
      db: Executor,
      resourceType: string,
      id: string,
      options: { forUpdate?: boolean } = {},
    ): Promise<StoredVersion | undefined> {
      let query = db
        .selectFrom('fhir_resources')
        .select(versionColumns)
        .where('resource_type', '=', resourceType)
        .where('id', '=', id);
      if (options.forUpdate) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row ? toStoredVersion(row) : undefined;
    },

    async version(
      db: Executor,
      resourceType: string,
      id: string,
      versionId: number,
    ): Promise<StoredVersion | undefined> {
      const row = await db
        .selectFrom('fhir_resource_versions')
        .select(versionColumns)
        .where('resource_type', '=', resourceType)
        .where('id', '=', id)
        .where('version_id', '=', String(versionId))
        .executeTakeFirst();
      return row ? toStoredVersion(row) : undefined;
    },

    /** Writes versions: current rows, history rows and index rows, in as few statements as it can. */
    async write(db: Executor, writes: readonly VersionWrite[]): Promise<void> {
      if (writes.length === 0) return;
      await deleteIndexRows(db, writes);
      for (const part of chunks(writes)) {
        const rows = part.map((w) => ({
          resource_type: w.resourceType,
          id: w.id,
          version_id: w.versionId,
          patient_id: w.patientId,
          last_updated: w.lastUpdated,
          is_deleted: w.isDeleted,
          content: w.contentJson,
        }));
        await db
          .insertInto('fhir_resources')
          .values(rows)
          .onConflict((oc) =>
            oc.columns(['resource_type', 'id']).doUpdateSet((eb) => ({
              version_id: eb.ref('excluded.version_id'),
              patient_id: eb.ref('excluded.patient_id'),
              last_updated: eb.ref('excluded.last_updated'),
              is_deleted: eb.ref('excluded.is_deleted'),
              content: eb.ref('excluded.content'),
            })),
          )
          .execute();
        await db
          .insertInto('fhir_resource_versions')
          .values(
            part.map((w, i) => ({ ...(rows[i] as (typeof rows)[number]), author_user_id: w.authorUserId })),
          )
          .execute();
      }
      await insertIndexRows(db, writes);
    },

    /** History, newest first: of one resource, of a type, or of every type. */
    async history(
      db: Executor,
      filter: { resourceType?: string; id?: string; since?: Date; patientIds?: readonly string[] },
      page: { count: number; offset: number },
    ): Promise<{ versions: StoredVersion[]; total: number }> {
      let query = db.selectFrom('fhir_resource_versions');
      if (filter.resourceType) query = query.where('resource_type', '=', filter.resourceType);
      if (filter.patientIds) {
        const ids = filter.patientIds;
        query = query.where((eb) => (ids.length === 0 ? eb.val(false) : eb('patient_id', 'in', [...ids])));
      }
      if (filter.id) query = query.where('id', '=', filter.id);
      if (filter.since) query = query.where('last_updated', '>=', filter.since);
      const [rows, total] = await Promise.all([
        query
          .select(versionColumns)
          .orderBy('last_updated', 'desc')
          .orderBy('version_id', 'desc')
          .limit(page.count)
          .offset(page.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
      ]);
      return { versions: rows.map(toStoredVersion), total: Number(total.total) };
    },

    /** The compartments (patient ids) of existing resources, keyed `Type/id`; shared resources map to null. */
    async compartmentsOf(
      db: Executor,
      references: ReadonlyArray<{ resourceType: string; id: string }>,
    ): Promise<Map<string, string | null>> {
      const found = new Map<string, string | null>();
      for (const part of chunks(references)) {
        const rows = await sql<{ resource_type: string; id: string; patient_id: string | null }>`
          select resource_type, id, patient_id from fhir_resources
          where not is_deleted and (resource_type, id) in (${sql.join(part.map(key))})`.execute(db);
        for (const row of rows.rows) found.set(`${row.resource_type}/${row.id}`, row.patient_id);
      }
      return found;
    },

    /** Current, undeleted resources of one patient's compartment (and the Patient itself). */
    async compartment(
      db: Executor,
      patientId: string,
      options: { types?: readonly string[]; since?: Date } = {},
    ): Promise<StoredVersion[]> {
      let query = db
        .selectFrom('fhir_resources')
        .select(versionColumns)
        .where('patient_id', '=', patientId)
        .where('is_deleted', '=', false);
      if (options.types?.length) query = query.where('resource_type', 'in', options.types);
      if (options.since) query = query.where('last_updated', '>=', options.since);
      const rows = await query.orderBy('resource_type').orderBy('id').execute();
      return rows.map(toStoredVersion);
    },

    /** Shared directory resources (no patient) that a patient's records point at. */
    async sharedReferencedBy(db: Executor, patientId: string): Promise<StoredVersion[]> {
      const rows = await sql<VersionRow>`
        select r.resource_type, r.id, r.version_id, r.patient_id, r.last_updated, r.is_deleted, r.content::text as content_json
        from fhir_resources r
        where r.patient_id is null and not r.is_deleted and (r.resource_type, r.id) in (
          select distinct target_type, target_id from fhir_reference_index where patient_id = ${patientId})`.execute(
        db,
      );
      return rows.rows.map(toStoredVersion);
    },

    /** Current, undeleted resources by reference, keyed `Type/id`. */
    async byReferences(
      db: Executor,
      references: ReadonlyArray<{ resourceType: string; id: string }>,
    ): Promise<StoredVersion[]> {
      const out: StoredVersion[] = [];
      for (const part of chunks(references)) {
        const rows = await db
          .selectFrom('fhir_resources')
          .select(versionColumns)
          .where('is_deleted', '=', false)
          .where(sql<boolean>`(resource_type, id) in (${sql.join(part.map(key))})`)
          .execute();
        out.push(...rows.map(toStoredVersion));
      }
      return out;
    },

    async insertBinary(
      db: Executor,
      binary: {
        rowId: string;
        id: string;
        versionId: number;
        patientId: string | null;
        contentType: string;
        sizeBytes: number;
        envelope: string;
      },
    ): Promise<void> {
      await db
        .insertInto('fhir_binaries')
        .values({
          id: binary.rowId,
          resource_id: binary.id,
          version_id: binary.versionId,
          patient_id: binary.patientId,
          content_type: binary.contentType,
          size_bytes: binary.sizeBytes,
          data_envelope: binary.envelope,
        })
        .execute();
    },

    async binary(
      db: Executor,
      id: string,
      versionId: number,
    ): Promise<{ rowId: string; envelope: string } | undefined> {
      const row = await db
        .selectFrom('fhir_binaries')
        .select(['id', 'data_envelope'])
        .where('resource_id', '=', id)
        .where('version_id', '=', String(versionId))
        .executeTakeFirst();
      return row ? { rowId: row.id, envelope: row.data_envelope } : undefined;
    },
  };
}
export type FhirRepo = ReturnType<typeof createFhirRepo>;
