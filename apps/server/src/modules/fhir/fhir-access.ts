import type { PatientAction } from '../../platform/auth/access-rule.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { recordPatientAccess } from '../../platform/auth/authorization.ts';
import {
  type AccessBasis,
  type CareFacts,
  CLINICAL_ROLES,
  can,
  type Decision,
} from '../../platform/auth/policy.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { ReadablePatients } from '../access/index.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import { fhirForbidden } from './operation-outcome.ts';

export type FhirInteraction =
  | 'read'
  | 'vread'
  | 'search-type'
  | 'history-instance'
  | 'history-type'
  | 'create'
  | 'update'
  | 'delete'
  | 'transaction'
  | 'batch'
  | 'everything'
  | 'export'
  | 'import';

/** Who is asking, from where, and through which route: what every FHIR decision is recorded with. */
export type FhirContext = {
  actor: Actor;
  origin: RequestOrigin;
  /** `METHOD /route/pattern`, for the audit log. */
  route: string;
  interaction: FhirInteraction;
  /** The organisation new patients are admitted to (imports choose it; otherwise the actor's first). */
  organisationId?: string;
  /**
   * The route has already decided and audited this request's access to the patient (the portal's
   * record routes): the store still checks every patient it touches, but records no second entry.
   */
  isAccessRecorded?: boolean;
  /**
   * The action the caller authorised these writes as, when it is narrower than the one the resource
   * types imply (risk results: `patient.assess-risk`). The writer checks that each write fits it.
   */
  action?: 'patient.assess-risk' | 'patient.review-risk' | 'patient.share-triage';
};

/** Patients whose records a search may return (shared directory resources are always visible). */
export type ReadScope = { patientIds: readonly string[] };

const ADMITTING_ROLES = new Set(['doctor', 'nurse', 'org_admin']);

/**
 * The FHIR API's use of the platform policy. Each interaction asks `can` for every patient it
 * touches, before it touches anything; a refusal is audited and answered 403. Decisions are cached
 * for the life of one request (a transaction may touch one patient a thousand times).
 */
export function createFhirAccessGate(deps: {
  facts: CareFacts;
  readablePatients: ReadablePatients;
  audit: AuditRecorder;
  clock: Clock;
}) {
  const { facts, readablePatients, audit, clock } = deps;
  const decisions = new WeakMap<FhirContext, Map<string, Decision>>();

  async function decide(ctx: FhirContext, action: PatientAction, patientId: string): Promise<Decision> {
    let cached = decisions.get(ctx);
    if (!cached) {
      cached = new Map();
      decisions.set(ctx, cached);
    }
    const key = `${action} ${patientId}`;
    const known = cached.get(key);
    if (known) return known;
    const decision = await can(ctx.actor, action, { type: 'patient', patientId }, facts, clock.now());
    cached.set(key, decision);
    return decision;
  }

  const attempt = (
    ctx: FhirContext,
    action: PatientAction,
    patientId: string,
    resource?: { type: string; id?: string | null },
  ) => ({
    actor: ctx.actor,
    action,
    patientId,
    origin: ctx.origin,
    route: ctx.route,
    ...(resource ? { resourceType: resource.type, resourceId: resource.id ?? null } : {}),
    details: { interaction: ctx.interaction },
  });

  return {
    /** Allows the action on the patient's record or throws 403, auditing the refusal. */
    async require(
      ctx: FhirContext,
      action: PatientAction,
      patientId: string,
      resource?: { type: string; id?: string | null },
    ): Promise<AccessBasis> {
      const decision = await decide(ctx, action, patientId);
      if (!decision.allowed) {
        await recordPatientAccess(audit, attempt(ctx, action, patientId, resource), decision);
        throw fhirForbidden("You are not permitted to access this patient's record.");
      }
      return decision.basis;
    },

    /** The basis the action is allowed on, or null; refuses nothing (search results, includes). */
    async basisFor(ctx: FhirContext, action: PatientAction, patientId: string): Promise<AccessBasis | null> {
      const decision = await decide(ctx, action, patientId);
      return decision.allowed ? decision.basis : null;
    },

    /** Audits an allowed access with the basis it was allowed on (inside a write's transaction when given). */
    async record(
      ctx: FhirContext,
      action: PatientAction,
      patientId: string,
      basis: AccessBasis,
      details: Record<string, string | number | boolean | null>,
      executor?: Executor,
      resource?: { type: string; id?: string | null },
    ): Promise<void> {
      if (ctx.isAccessRecorded) return;
      const base = attempt(ctx, action, patientId, resource);
      await recordPatientAccess(
        audit,
        { ...base, details: { ...base.details, ...details } },
        { allowed: true, basis },
        executor,
      );
    },

    /** The patients a search may return: the actor's own record and those in their care now. */
    async readScope(ctx: FhirContext): Promise<ReadScope> {
      const ids = new Set<string>();
      if (ctx.actor.patientId) ids.add(ctx.actor.patientId);
      const clinical = ctx.actor.memberships.filter((m) => CLINICAL_ROLES.has(m.role));
      if (clinical.length > 0) {
        for (const id of await readablePatients(ctx.actor.userId, clinical, clock.now())) ids.add(id);
      }
      return { patientIds: [...ids] };
    },

    /** Writing shared directory data (organisations, practitioners, questionnaires). */
    async requireDirectoryWrite(ctx: FhirContext): Promise<void> {
      const decision = await can(ctx.actor, 'directory.write', { type: 'directory' }, facts, clock.now());
      if (!decision.allowed) throw fhirForbidden('You are not permitted to change shared directory data.');
    },

    /** The organisation a new patient is admitted to; the actor must be allowed to admit there. */
    async admittingOrganisation(ctx: FhirContext): Promise<{ organisationId: string; basis: AccessBasis }> {
      const organisationId =
        ctx.organisationId ?? ctx.actor.memberships.find((m) => ADMITTING_ROLES.has(m.role))?.organisationId;
      if (!organisationId)
        throw fhirForbidden(
          'Only an organisation’s doctors, nurses and administrators create patient records.',
        );
      const decision = await can(
        ctx.actor,
        'organisation.admit-patient',
        { type: 'organisation', organisationId },
        facts,
        clock.now(),
      );
      if (!decision.allowed)
        throw fhirForbidden('You are not permitted to admit patients to this organisation.');
      return { organisationId, basis: decision.basis };
    },
  };
}
export type FhirAccessGate = ReturnType<typeof createFhirAccessGate>;
