import type { Role } from '@nexus/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuditDetails } from '../../modules/audit/audit-chain.ts';
import type { AuditRecorder, RequestOrigin } from '../../modules/audit/index.ts';
import type { Clock } from '../clock.ts';
import { forbidden, notFound, unauthorized } from '../http/errors.ts';
import {
  type AccessRule,
  type Action,
  isProtectedPath,
  type PatientAction,
  type Resource,
} from './access-rule.ts';
import type { Actor } from './actor.ts';
import { type AccessBasis, type CareFacts, can, type Decision } from './policy.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** What `can` decided for this request's patient, organisation or platform rule (null otherwise). */
    accessDecision: Decision | null;
  }
}

/** Thrown at start-up when a route cannot be authorised: the app must not come up with it. */
export class AccessRuleError extends Error {
  override name = 'AccessRuleError';
}

export type AuthorizationOptions = {
  facts: CareFacts;
  clock: Clock;
  audit: AuditRecorder;
};

const Uuid = z.uuid();

/** The audit log's action for an access attempt (audit actions are snake_case words joined by dots). */
export const auditActionOf = (action: Action): string => action.replaceAll('-', '_');

/** The role someone acted in, for the patient's access log ("Dr X, doctor"). */
const ROLE_PRECEDENCE: readonly Role[] = [
  'doctor',
  'nurse',
  'pharmacist',
  'dietitian',
  'org_admin',
  'blood_bank_staff',
  'donor',
  'platform_admin',
  'patient',
];
export function actingRole(actor: Actor, basis: AccessBasis | null): Role | null {
  if (basis === 'self') return 'patient';
  return ROLE_PRECEDENCE.find((role) => actor.memberships.some((m) => m.role === role)) ?? null;
}

/** Checks a route's access rule when it is registered; throws AccessRuleError if it cannot be enforced. */
export function checkRouteAccess(route: { url: string; method: string | string[]; config?: unknown }): void {
  if (!isProtectedPath(route.url)) return;
  const methods = Array.isArray(route.method) ? route.method.join(',') : route.method;
  const rule = (route.config as { access?: AccessRule } | undefined)?.access;
  if (!rule) {
    throw new AccessRuleError(
      `${methods} ${route.url} has no access rule: every /api and /fhir route must declare config.access`,
    );
  }
  const param =
    rule.kind === 'patient'
      ? rule.patientIdParam
      : rule.kind === 'organisation'
        ? rule.organisationIdParam
        : undefined;
  if (param !== undefined && !route.url.split('/').includes(`:${param}`)) {
    throw new AccessRuleError(
      `${methods} ${route.url}: its access rule names :${param}, which is not in the path`,
    );
  }
}

function resourceOf(request: FastifyRequest, rule: AccessRule): Resource | undefined {
  const params = (request.params ?? {}) as Record<string, unknown>;
  const idFrom = (name: string): string => {
    const value = params[name];
    if (typeof value !== 'string' || !Uuid.safeParse(value).success) {
      throw notFound('not_found', 'There is nothing at this address.');
    }
    return value.toLowerCase();
  };
  switch (rule.kind) {
    case 'patient':
      return { type: 'patient', patientId: idFrom(rule.patientIdParam) };
    case 'organisation':
      return { type: 'organisation', organisationId: idFrom(rule.organisationIdParam) };
    case 'platform':
      return { type: 'platform' };
    default:
      return undefined;
  }
}

/** One attempt on a patient's data, as the audit log records it. */
export type PatientAccessAttempt = {
  actor: Actor;
  action: PatientAction;
  patientId: string;
  origin: RequestOrigin;
  /** `METHOD /route/pattern` */
  route: string;
  /** What was touched, when it is more precise than the patient (a FHIR resource). */
  resourceType?: string;
  resourceId?: string | null;
  details?: AuditDetails;
};

/** Records an attempt on a patient's data with the decision it got; inside `executor`'s transaction when given. */
export async function recordPatientAccess(
  audit: AuditRecorder,
  attempt: PatientAccessAttempt,
  decision: Decision,
  executor?: Parameters<AuditRecorder['record']>[1],
): Promise<void> {
  const basis = decision.allowed ? decision.basis : null;
  const role = actingRole(attempt.actor, basis);
  await audit.record(
    {
      actorUserId: attempt.actor.userId,
      action: auditActionOf(attempt.action),
      outcome: decision.allowed ? 'success' : 'denied',
      patientId: attempt.patientId,
      resourceType: attempt.resourceType ?? 'patient',
      resourceId: attempt.resourceType ? (attempt.resourceId ?? null) : attempt.patientId,
      details: { basis, route: attempt.route, ...(role ? { role } : {}), ...attempt.details },
      origin: attempt.origin,
    },
    executor,
  );
}

/**
 * Enforces every route's access rule with `can`:
 * - at registration, a route under /api or /fhir without `config.access` stops the app from starting;
 * - on each request, before the body is validated (so that nobody learns anything about a resource
 *   they may not touch, not even which input it would accept), patient, organisation and platform rules
 *   are decided by `can`; a denial is 403 `not_permitted`.
 * Every attempt on a patient's data, allowed or not, is written to the audit log with the basis it was
 * allowed on (self, care relationship or break-glass); denied administration attempts are logged too.
 * `public`, `sign-in-step` and `self` rules pass (authentication has dealt with them).
 */
export function registerAuthorization(app: FastifyInstance, options: AuthorizationOptions): void {
  const { facts, clock, audit } = options;
  app.decorateRequest('accessDecision', null);
  app.addHook('onRoute', checkRouteAccess);

  app.addHook('preValidation', async (request) => {
    const url = request.routeOptions.url;
    if (!url || !isProtectedPath(url)) return;
    const rule = request.routeOptions.config.access;
    if (!rule || rule.kind === 'public' || rule.kind === 'sign-in-step' || rule.kind === 'self') return;
    const actor = request.actor;
    // The FHIR API decides per resource, once it knows whose resources a request touches.
    if (rule.kind === 'fhir') {
      if (!actor) throw unauthorized('not_signed_in', 'Sign in to continue.');
      return;
    }
    if (!actor) throw unauthorized('not_signed_in', 'Sign in to continue.');
    const resource = resourceOf(request, rule);
    if (!resource) return;

    const decision = await can(actor, rule.action, resource, facts, clock.now());
    request.accessDecision = decision;
    const origin = { sourceIp: request.ip, requestId: request.id };
    const route = `${request.method} ${url}`;
    if (resource.type === 'patient' && rule.kind === 'patient') {
      await recordPatientAccess(
        audit,
        { actor, action: rule.action, patientId: resource.patientId, origin, route },
        decision,
      );
    } else if (!decision.allowed) {
      await audit.record({
        actorUserId: actor.userId,
        action: auditActionOf(rule.action),
        outcome: 'denied',
        resourceType: resource.type,
        resourceId: resource.type === 'organisation' ? resource.organisationId : null,
        details: { route },
        origin,
      });
    }
    if (!decision.allowed) throw forbidden('not_permitted', 'You are not permitted to do this.');
  });
}
