import type { IncludeTarget } from '@medplum/core';
import { type RawBuilder, sql } from 'kysely';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import { type FhirRepo, type StoredVersion, toStoredVersion } from './fhir.repo.ts';
import type { FhirAccessGate, FhirContext } from './fhir-access.ts';
import { unsupported } from './operation-outcome.ts';
import { parseReference } from './references.ts';
import { compartmentRuleOf, isStoredResourceType } from './resource-types.ts';
import type { Condition, SearchQuery } from './search-request.ts';
import { conditionSql, orderSql } from './search-sql.ts';

export type SearchResult = {
  matches: StoredVersion[];
  included: StoredVersion[];
  total: number | null;
  hasMore: boolean;
};

type Row = Parameters<typeof toStoredVersion>[0];
const COLUMNS = sql`r.resource_type, r.id, r.version_id, r.patient_id, r.last_updated, r.is_deleted, r.content::text as content_json`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The patients a condition names outright (`patient=`, `subject=Patient/…`, Patient `_id=`), or null. */
function namedPatients(resourceType: string, condition: Condition): string[] | null {
  if (condition.operator !== 'eq') return null;
  if (resourceType === 'Patient') return condition.code === '_id' ? condition.values : null;
  const rule = compartmentRuleOf(resourceType as never);
  const isCompartmentParam =
    condition.code === 'patient' || (rule.kind === 'reference' && condition.code === rule.element);
  if (!isCompartmentParam || condition.type !== 'reference') return null;
  const ids = condition.values.map((value) => {
    const key = parseReference(value);
    if (key) return key.resourceType === 'Patient' ? key.id : null;
    return UUID.test(value) ? value : null;
  });
  return ids.every((id): id is string => id !== null) ? ids : null;
}

const inList = (column: RawBuilder<unknown>, values: readonly string[]) =>
  values.length === 0 ? sql`false` : sql`${column} in (${sql.join(values)})`;

/**
 * FHIR search over the index tables, within what the actor may see: a search that names a patient
 * needs read access to that patient (403 otherwise, audited); any other search returns only the
 * records of patients the actor may read now, and shared directory resources. Every patient whose
 * data a search returns is audited.
 */
export function createFhirSearch(deps: { db: Executor; repo: FhirRepo; gate: FhirAccessGate; clock: Clock }) {
  const { db, repo, gate, clock } = deps;

  /** The compartment predicate, or null when the search can match nothing the actor may see. */
  async function scopeOf(
    ctx: FhirContext,
    query: SearchQuery,
  ): Promise<{ predicate: RawBuilder<unknown>; conditions: Condition[]; patientIds?: string[] } | null> {
    const rule = compartmentRuleOf(query.resourceType as never);
    if (rule.kind === 'shared') return { predicate: sql`true`, conditions: query.conditions };
    const named = query.conditions.map((c) => namedPatients(query.resourceType, c));
    const explicit = named.find((ids) => ids !== null);
    if (explicit) {
      for (const patientId of explicit)
        await gate.require(ctx, 'patient.read', patientId, { type: query.resourceType });
      // The compartment column answers a patient condition directly; the others stay index look-ups.
      const conditions = query.conditions.filter(
        (_, i) => named[i] !== explicit || query.resourceType === 'Patient',
      );
      return { predicate: inList(sql`r.patient_id`, explicit), conditions, patientIds: explicit };
    }
    const { patientIds } = await gate.readScope(ctx);
    return patientIds.length === 0
      ? null
      : { predicate: inList(sql`r.patient_id`, patientIds), conditions: query.conditions };
  }

  /** Keeps what the actor may read (shared resources, or patients allowed) and audits each patient once. */
  async function readable(
    ctx: FhirContext,
    resources: StoredVersion[],
    details: { resourceType: string },
  ): Promise<StoredVersion[]> {
    const bases = new Map<string, string | null>();
    for (const patientId of new Set(resources.flatMap((r) => (r.patientId ? [r.patientId] : [])))) {
      bases.set(patientId, await gate.basisFor(ctx, 'patient.read', patientId));
    }
    const kept = resources.filter((r) => r.patientId === null || bases.get(r.patientId));
    for (const [patientId, basis] of bases) {
      if (!basis) continue;
      const count = kept.filter((r) => r.patientId === patientId).length;
      await gate.record(ctx, 'patient.read', patientId, basis as never, {
        count,
        resourceType: details.resourceType,
      });
    }
    return kept;
  }

  async function includes(
    matches: StoredVersion[],
    targets: readonly IncludeTarget[],
    isReverse: boolean,
  ): Promise<StoredVersion[]> {
    if (matches.length === 0 || targets.length === 0) return [];
    const out: StoredVersion[] = [];
    const keys = sql.join(matches.map((m) => sql`(${m.resourceType}, ${m.id})`));
    for (const target of targets) {
      if (!isReverse) {
        const refs = await sql<{ target_type: string; target_id: string }>`
          select distinct target_type, target_id from fhir_reference_index
          where param = ${target.searchParam} and (resource_type, resource_id) in (${keys})
          ${target.targetType ? sql`and target_type = ${target.targetType}` : sql``}`.execute(db);
        out.push(
          ...(await repo.byReferences(
            db,
            refs.rows.map((r) => ({ resourceType: r.target_type, id: r.target_id })),
          )),
        );
        continue;
      }
      const rows = await sql<Row>`
        select distinct ${COLUMNS} from fhir_resources r
        join fhir_reference_index i on i.resource_type = r.resource_type and i.resource_id = r.id
        where i.resource_type = ${target.resourceType} and i.param = ${target.searchParam}
          and (i.target_type, i.target_id) in (${keys}) and not r.is_deleted`.execute(db);
      out.push(...rows.rows.map(toStoredVersion));
    }
    const seen = new Set(matches.map((m) => `${m.resourceType}/${m.id}`));
    return out.filter((r) => {
      const key = `${r.resourceType}/${r.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  return {
    async search(ctx: FhirContext, query: SearchQuery): Promise<SearchResult> {
      if (!isStoredResourceType(query.resourceType))
        throw unsupported(`This server does not store ${query.resourceType} resources.`);
      const scope = await scopeOf(ctx, query);
      if (!scope) return { matches: [], included: [], total: 0, hasMore: false };
      const now = clock.now();
      const where = sql.join(
        [
          sql`r.resource_type = ${query.resourceType}`,
          sql`not r.is_deleted`,
          scope.predicate,
          ...scope.conditions.map((c) => conditionSql(c, now, scope.patientIds)),
        ],
        sql` and `,
      );
      const countAll = async () =>
        Number(
          (await sql<{ n: string }>`select count(*) as n from fhir_resources r where ${where}`.execute(db))
            .rows[0]?.n ?? 0,
        );
      if (query.isCountOnly || query.count === 0) {
        return {
          matches: [],
          included: [],
          total: query.total === 'none' && !query.isCountOnly ? null : await countAll(),
          hasMore: false,
        };
      }
      const rows = await sql<Row>`select ${COLUMNS} from fhir_resources r where ${where}
        order by ${orderSql(query.sort)} limit ${query.count + 1} offset ${query.offset}`.execute(db);
      const hasMore = rows.rows.length > query.count;
      // A last page that is not empty tells the total without counting.
      const total =
        query.total === 'none'
          ? null
          : !hasMore && rows.rows.length > 0
            ? query.offset + rows.rows.length
            : await countAll();
      const page = rows.rows.slice(0, query.count).map(toStoredVersion);
      const matches = await readable(ctx, page, { resourceType: query.resourceType });
      const extra = [
        ...(await includes(matches, query.include, false)),
        ...(await includes(matches, query.revInclude, true)),
      ];
      const included = await readable(ctx, extra, { resourceType: 'included' });
      return { matches, included, total, hasMore };
    },
  };
}
export type FhirSearch = ReturnType<typeof createFhirSearch>;
