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

/** Column arrays for one multi-row insert through unnest: a handful of parameters however many rows. */
const column = <T, V>(rows: readonly T[], pick: (row: T) => V): V[] => rows.map(pick);

async function insertIndexRows(db: Executor, writes: readonly VersionWrite[]): Promise<void> {
  type Base = { type: string; id: string; patientId: string | null };
  const flat = <R>(pick: (index: NonNullable<VersionWrite['index']>) => readonly R[]) =>
    writes.flatMap((w) =>
      w.index
        ? pick(w.index).map((row) => ({ type: w.resourceType, id: w.id, patientId: w.patientId, row }))
        : [],
    );
  const base = (rows: readonly Base[]) =>
    sql`${column(rows, (r) => r.type)}::text[], ${column(rows, (r) => r.id)}::text[], ${column(rows, (r) => r.patientId)}::uuid[]`;

  const tokens = flat((i) => i.tokens);
  if (tokens.length) {
    await sql`insert into fhir_token_index (resource_type, resource_id, patient_id, param, system, code, display)
      select * from unnest(${base(tokens)}, ${column(tokens, (t) => t.row.param)}::text[], ${column(tokens, (t) => t.row.system)}::text[],
        ${column(tokens, (t) => t.row.code)}::text[], ${column(tokens, (t) => t.row.display)}::text[])`.execute(
      db,
    );
  }
  const strings = flat((i) => i.strings);
  if (strings.length) {
    await sql`insert into fhir_string_index (resource_type, resource_id, patient_id, param, value)
      select * from unnest(${base(strings)}, ${column(strings, (t) => t.row.param)}::text[], ${column(strings, (t) => t.row.value)}::text[])`.execute(
      db,
    );
  }
  const dates = flat((i) => i.dates);
  if (dates.length) {
    await sql`insert into fhir_date_index (resource_type, resource_id, patient_id, param, start_at, end_at)
      select * from unnest(${base(dates)}, ${column(dates, (t) => t.row.param)}::text[], ${column(dates, (t) => t.row.startAt)}::timestamptz[],
        ${column(dates, (t) => t.row.endAt)}::timestamptz[])`.execute(db);
  }
  const references = flat((i) => i.references);
  if (references.length) {
    await sql`insert into fhir_reference_index (resource_type, resource_id, patient_id, param, target_type, target_id)
      select * from unnest(${base(references)}, ${column(references, (t) => t.row.param)}::text[], ${column(references, (t) => t.row.targetType)}::text[],
        ${column(references, (t) => t.row.targetId)}::text[])`.execute(db);
  }
  const quantities = flat((i) => i.quantities);
  if (quantities.length) {
    await sql`insert into fhir_quantity_index (resource_type, resource_id, patient_id, param, value, system, code)
      select * from unnest(${base(quantities)}, ${column(quantities, (t) => t.row.param)}::text[], ${column(quantities, (t) => t.row.value)}::numeric[],
        ${column(quantities, (t) => t.row.system)}::text[], ${column(quantities, (t) => t.row.code)}::text[])`.execute(
      db,
    );
  }
}

async function insertVersions(db: Executor, writes: readonly VersionWrite[]): Promise<void> {
  const columns = sql`${column(writes, (w) => w.resourceType)}::text[], ${column(writes, (w) => w.id)}::text[],
    ${column(writes, (w) => w.versionId)}::bigint[], ${column(writes, (w) => w.patientId)}::uuid[],
    ${column(writes, (w) => w.lastUpdated.toISOString())}::timestamptz[], ${column(writes, (w) => w.isDeleted)}::boolean[],
    ${column(writes, (w) => w.contentJson)}::jsonb[]`;
  // One statement writes both rows, so PostgreSQL parses each resource's JSON once.
  await sql`with versions as (
      select * from unnest(${columns}, ${column(writes, (w) => w.authorUserId)}::uuid[])
        as v(resource_type, id, version_id, patient_id, last_updated, is_deleted, content, author_user_id)
    ), current as (
      insert into fhir_resources (resource_type, id, version_id, patient_id, last_updated, is_deleted, content)
      select resource_type, id, version_id, patient_id, last_updated, is_deleted, content from versions
      on conflict (resource_type, id) do update set version_id = excluded.version_id, patient_id = excluded.patient_id,
        last_updated = excluded.last_updated, is_deleted = excluded.is_deleted, content = excluded.content
    )
    insert into fhir_resource_versions (resource_type, id, version_id, patient_id, last_updated, is_deleted, content, author_user_id)
    select * from versions`.execute(db);
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
      for (const part of chunks(writes, 2000)) {
        await insertVersions(db, part);
        await insertIndexRows(db, part);
      }
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
