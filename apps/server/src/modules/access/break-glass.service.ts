import type { BreakGlassAlert, BreakGlassGrant, BreakGlassRequest } from '@nexus/contracts';
import type { Logger } from 'pino';
import type { Actor } from '../../platform/auth/actor.ts';
import { BREAK_GLASS_ROLES } from '../../platform/auth/policy.ts';
import type { Clock } from '../../platform/clock.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import { presentAlert } from './access.presenter.ts';
import type { AccessRepo } from './access.repo.ts';

/** How long emergency access lasts; a clinician who still needs it after that states a reason again. */
export const BREAK_GLASS_HOURS = 4;
const ALERTS_SHOWN = 100;

/** Told when someone opens emergency access, so that the patient and the organisation's admins hear of it. */
export type BreakGlassEvent = {
  type: 'break_glass.opened';
  grantId: string;
  patientId: string;
  /** The patient's account, if the record has one (for a notice to the patient). */
  patientUserId: string | null;
  clinicianUserId: string;
  organisationId: string;
  openedAt: Date;
  expiresAt: Date;
};
export type BreakGlassNotifier = (event: BreakGlassEvent) => Promise<void>;

/** Emergency ("break-glass") access: opened with a reason, time-limited, audited and announced. */
export function createBreakGlassService(deps: {
  db: Executor;
  repo: AccessRepo;
  clock: Clock;
  audit: AuditRecorder;
  log: Logger;
  notifier?: BreakGlassNotifier;
}) {
  const { db, repo, clock, audit, log, notifier } = deps;

  /** The organisation the clinician acts for: the one they named, or the first where they may break glass. */
  function actingOrganisation(actor: Actor, requested: string | undefined) {
    const eligible = actor.memberships.filter((m) => BREAK_GLASS_ROLES.has(m.role));
    const chosen =
      requested === undefined ? eligible[0] : eligible.find((m) => m.organisationId === requested);
    if (!chosen) {
      throw new AppError(
        'organisation_not_eligible',
        400,
        'Emergency access is opened for an organisation where you are a doctor or nurse.',
        [{ pointer: '/body/organisationId', detail: 'You are not a doctor or nurse in this organisation' }],
      );
    }
    return chosen;
  }

  return {
    async open(
      actor: Actor,
      patientId: string,
      request: BreakGlassRequest,
      origin: RequestOrigin,
    ): Promise<BreakGlassGrant> {
      const { organisationId, role } = actingOrganisation(actor, request.organisationId);
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + BREAK_GLASS_HOURS * 3_600_000);
      const { grant, patientUserId } = await withTransaction(db, async (trx) => {
        const patient = await repo.findPatient(trx, patientId);
        if (!patient) throw notFound('patient_not_found', 'There is no patient with this id.');
        const grantId = await repo.insertBreakGlass(trx, {
          patientId,
          userId: actor.userId,
          organisationId,
          reason: request.reason.trim(),
          now,
          expiresAt,
        });
        // The reason stays in break_glass_grants: it may describe the patient's condition, and the
        // audit log never holds health data.
        await audit.record(
          {
            actorUserId: actor.userId,
            action: 'access.break_glass',
            outcome: 'success',
            patientId,
            resourceType: 'break_glass_grant',
            resourceId: grantId,
            details: { basis: 'break_glass', role, organisationId, expiresAt: expiresAt.toISOString() },
            origin,
          },
          trx,
        );
        const grant: BreakGlassGrant = {
          grantId,
          patient: { id: patient.id, displayName: patient.displayName },
          organisationId,
          openedAt: now.toISOString(),
          expiresAt: expiresAt.toISOString(),
        };
        return { grant, patientUserId: patient.userId };
      });
      log.warn({ grantId: grant.grantId, organisationId }, 'break-glass access opened');
      if (notifier) {
        // Access is open either way; a failed notice must not take it back, but must be visible.
        await notifier({
          type: 'break_glass.opened',
          grantId: grant.grantId,
          patientId,
          patientUserId,
          clinicianUserId: actor.userId,
          organisationId,
          openedAt: now,
          expiresAt,
        }).catch((error: unknown) =>
          log.error({ err: error, grantId: grant.grantId }, 'break-glass notice failed'),
        );
      }
      return grant;
    },

    /** The organisation's break-glass grants, newest first, for its administrators to review. */
    async alerts(organisationId: string): Promise<BreakGlassAlert[]> {
      const now = clock.now();
      const grants = await repo.grantsOfOrganisation(db, organisationId, ALERTS_SHOWN);
      return grants.map((grant) => presentAlert(grant, now));
    },
  };
}
export type BreakGlassService = ReturnType<typeof createBreakGlassService>;
