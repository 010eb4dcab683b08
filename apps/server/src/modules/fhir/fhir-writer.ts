import type { Resource } from '@medplum/fhirtypes';
import type { Logger } from 'pino';
import type { PatientAction } from '../../platform/auth/access-rule.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { AccessBasis } from '../../platform/auth/policy.ts';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import type { RequestOrigin } from '../audit/index.ts';
import type { FhirRepo, StoredVersion, VersionWrite } from './fhir.repo.ts';
import type { FhirAccessGate, FhirContext } from './fhir-access.ts';
import { indexRowsOf } from './index-rows.ts';
import { FhirError, issue, versionConflict } from './operation-outcome.ts';
import type { PatientIndexRepo } from './patient-index.repo.ts';
import { keyOf } from './references.ts';
import { PATIENT_AUTHORED_TYPES } from './resource-types.ts';
import { storeBinaryData } from './write-binary.ts';
import { resolveCompartments } from './write-compartments.ts';
import { syncPatients } from './write-patients.ts';
import { type PlannedWrite, planWrites, type WriteRequest } from './write-plan.ts';
import { provenanceWrites } from './write-provenance.ts';

/** What one write did: its HTTP status (201 created, 200 updated or matched, 204 deleted) and the version. */
export type WriteResult = {
  status: 200 | 201 | 204;
  resourceType: string;
  id: string;
  versionId: number;
  lastUpdated: Date;
  /** The resource as stored (Binary without its data), or null for a delete. */
  resource: Resource | null;
};

/** Admits a new patient to an organisation inside the write's transaction (the access module). */
export type AdmitWithin = (
  executor: Executor,
  actor: Actor,
  organisationId: string,
  patientId: string,
  origin: RequestOrigin,
) => Promise<unknown>;

/** Finds the resources a conditional create's query matches (the search service). */
export type ConditionalMatcher = (
  ctx: FhirContext,
  resourceType: string,
  query: string,
) => Promise<StoredVersion[]>;

/** The resource types each narrower action may create or update (never delete). */
const WRITABLE_UNDER: Record<NonNullable<FhirContext['action']>, ReadonlySet<string>> = {
  'patient.assess-risk': new Set(['RiskAssessment']),
  'patient.review-risk': new Set(['RiskAssessment', 'Condition', 'ServiceRequest', 'CarePlan', 'Goal']),
  'patient.share-triage': new Set(['ClinicalImpression']),
};

const actionFor = (ctx: FhirContext, writes: readonly PlannedWrite[]): PatientAction => {
  if (ctx.action) {
    const allowed = WRITABLE_UNDER[ctx.action];
    const outside = writes.find((w) => w.method === 'DELETE' || !allowed.has(w.resourceType));
    if (outside) throw new Error(`${ctx.action} does not cover ${outside.method} ${outside.resourceType}`);
    return ctx.action;
  }
  return writes.some((w) => w.method === 'DELETE' || !PATIENT_AUTHORED_TYPES.has(w.resourceType))
    ? 'patient.record-clinical'
    : 'patient.write';
};

/**
 * Writes to the FHIR store: one request or a whole transaction Bundle, atomically. Before anything is
 * touched every request is validated, every patient it touches is authorised (and refusals audited);
 * then one database transaction writes the versions, their search indexes, the Provenance of the
 * change for each patient, the patients created (admitted to the actor's organisation) and the audit
 * entries. Any failure rolls all of it back.
 */
export function createFhirWriter(deps: {
  db: Executor;
  repo: FhirRepo;
  patientIndex: PatientIndexRepo;
  gate: FhirAccessGate;
  cipher: EnvelopeCipher;
  clock: Clock;
  admit: AdmitWithin;
  log: Logger;
}) {
  const { db, repo, patientIndex, gate, cipher, clock, admit, log } = deps;

  async function authorise(
    ctx: FhirContext,
    planned: readonly PlannedWrite[],
    patientOf: Map<PlannedWrite, string | null>,
    newPatients: ReadonlySet<string>,
  ) {
    const bases = new Map<string, { action: PatientAction; basis: AccessBasis }>();
    const admission = newPatients.size > 0 ? await gate.admittingOrganisation(ctx) : null;
    const byPatient = new Map<string, PlannedWrite[]>();
    let touchesDirectory = false;
    for (const write of planned) {
      if (write.matched) continue;
      const patientId = patientOf.get(write) ?? null;
      if (patientId === null) touchesDirectory = true;
      else byPatient.set(patientId, [...(byPatient.get(patientId) ?? []), write]);
    }
    if (touchesDirectory) await gate.requireDirectoryWrite(ctx);
    for (const [patientId, writes] of byPatient) {
      const action = actionFor(ctx, writes);
      if (newPatients.has(patientId) && admission) {
        bases.set(patientId, { action, basis: admission.basis });
        continue;
      }
      bases.set(patientId, {
        action,
        basis: await gate.require(ctx, action, patientId, { type: 'Patient', id: patientId }),
      });
    }
    return { bases, organisationId: admission?.organisationId ?? null };
  }

  /** Version numbers and If-Match, against the current rows locked for this transaction. */
  async function currentVersions(trx: Executor, planned: readonly PlannedWrite[]) {
    const current = new Map<PlannedWrite, StoredVersion | undefined>();
    for (const write of planned) {
      if (write.matched || write.method === 'POST') continue;
      const row = await repo.current(trx, write.resourceType, write.id, { forUpdate: true });
      if (write.ifMatch !== undefined && row?.versionId !== write.ifMatch) {
        throw versionConflict(
          `${keyOf(write)} is at version ${row?.versionId ?? 'none'}, not ${write.ifMatch}: someone changed it since you read it.`,
        );
      }
      current.set(write, row);
    }
    return current;
  }

  async function versionWrite(
    trx: Executor,
    ctx: FhirContext,
    write: PlannedWrite,
    current: StoredVersion | undefined,
    patientId: string | null,
    now: Date,
  ): Promise<{ version: VersionWrite; result: WriteResult }> {
    const versionId = (current?.versionId ?? 0) + 1;
    const base = {
      resourceType: write.resourceType,
      id: write.id,
      versionId,
      patientId,
      lastUpdated: now,
      authorUserId: ctx.actor.userId,
      isNew: !current,
    };
    if (!write.resource) {
      return {
        version: { ...base, isDeleted: true, contentJson: null, index: null },
        result: {
          status: 204,
          resourceType: write.resourceType,
          id: write.id,
          versionId,
          lastUpdated: now,
          resource: null,
        },
      };
    }
    let stored: Resource = {
      ...write.resource,
      id: write.id,
      meta: { ...write.resource.meta, versionId: String(versionId), lastUpdated: now.toISOString() },
    };
    if (stored.resourceType === 'Binary')
      stored = await storeBinaryData({ repo, cipher }, trx, stored, patientId);
    return {
      version: { ...base, isDeleted: false, contentJson: JSON.stringify(stored), index: indexRowsOf(stored) },
      result: {
        status: current && !current.isDeleted ? 200 : 201,
        resourceType: write.resourceType,
        id: write.id,
        versionId,
        lastUpdated: now,
        resource: stored,
      },
    };
  }

  return {
    /**
     * Applies the requests atomically and answers one result per request, in order. `atOf` names
     * where each request is in the caller's terms (`Bundle.entry[i]`), for error messages.
     */
    async write(
      ctx: FhirContext,
      requests: readonly WriteRequest[],
      options: {
        atOf?: (index: number) => string;
        matchConditional?: ConditionalMatcher;
        /** More work that must commit or roll back with these writes (a module's own rows), given the results. */
        inTransaction?: (trx: Executor, results: readonly WriteResult[]) => Promise<void>;
      } = {},
    ): Promise<WriteResult[]> {
      const atOf = options.atOf ?? ((i: number) => (requests.length === 1 ? 'request' : `request[${i}]`));
      const matches = new Map<number, string>();
      for (const [index, request] of requests.entries()) {
        if (request.method !== 'POST' || !request.ifNoneExist || !options.matchConditional) continue;
        const type = (request.resource as { resourceType?: string } | null)?.resourceType ?? '';
        const found = await options.matchConditional(ctx, type, request.ifNoneExist);
        if (found.length > 1) {
          throw new FhirError(412, 'conditional_create_ambiguous', [
            issue('duplicate', `${found.length} resources match the If-None-Exist condition.`, atOf(index)),
          ]);
        }
        const match = found[0];
        if (match) matches.set(index, `${match.resourceType}/${match.id}`);
      }
      const planned = planWrites(requests, atOf, matches);
      const { patientOf, newPatients } = await resolveCompartments(db, { repo, patientIndex }, planned);
      const { bases, organisationId } = await authorise(ctx, planned, patientOf, newPatients);

      const outcome = await withTransaction(db, async (trx) => {
        const now = clock.now();
        const current = await currentVersions(trx, planned);
        await syncPatients({ patientIndex, admit }, trx, ctx, planned, newPatients, organisationId);
        const versions: VersionWrite[] = [];
        const results = new Map<PlannedWrite, WriteResult>();
        for (const write of planned) {
          if (
            write.matched ||
            (write.method === 'DELETE' && (!current.get(write) || current.get(write)?.isDeleted))
          )
            continue;
          const { version, result } = await versionWrite(
            trx,
            ctx,
            write,
            current.get(write),
            patientOf.get(write) ?? null,
            now,
          );
          versions.push(version);
          results.set(write, result);
        }
        await repo.write(trx, [
          ...versions,
          ...provenanceWrites(ctx, results, patientOf, organisationId, now),
        ]);
        for (const [patientId, { action, basis }] of bases) {
          const touched = [...results.keys()].filter((w) => patientOf.get(w) === patientId);
          await gate.record(
            ctx,
            action,
            patientId,
            basis,
            { count: touched.length, types: [...new Set(touched.map((w) => w.resourceType))].join(',') },
            trx,
          );
        }
        if (options.inTransaction) {
          await options.inTransaction(
            trx,
            planned.flatMap((write) => {
              const result = results.get(write);
              return result ? [result] : [];
            }),
          );
        }
        return { results, now };
      });
      log.info({ interaction: ctx.interaction, writes: outcome.results.size }, 'fhir resources written');
      return planned.map((write) => {
        const result = outcome.results.get(write);
        if (result) return result;
        const [type = write.resourceType, id = write.id] = (write.matched ?? keyOf(write)).split('/');
        return {
          status: write.matched ? 200 : 204,
          resourceType: type,
          id,
          versionId: 0,
          lastUpdated: outcome.now,
          resource: null,
        };
      });
    },
  };
}
export type FhirWriter = ReturnType<typeof createFhirWriter>;
