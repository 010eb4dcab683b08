import { randomUUID } from 'node:crypto';
import type { bloodbank } from '@nexus/clinical';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { UnitsRepo } from './units.repo.ts';

export type UnitChange = {
  unitId: string;
  organisationId: string;
  /** Also the audit action's last part: `bloodbank.unit.<kind>`. */
  kind: string;
  from: bloodbank.UnitStatus | null;
  to: bloodbank.UnitStatus | null;
  reason?: string | null;
  patientId?: string | null;
  details?: Record<string, string | number | boolean | null>;
};

/**
 * Writes one change of a unit twice, in the caller's transaction: a row of the unit's own history and
 * one audit entry (never health data: codes and ids only). Both commit or roll back with the change.
 */
export function unitHistory(deps: { repo: Pick<UnitsRepo, 'insertEvent'>; audit: AuditRecorder }) {
  return async (trx: Executor, actor: Actor, now: Date, change: UnitChange): Promise<void> => {
    await deps.repo.insertEvent(trx, {
      id: randomUUID(),
      unitId: change.unitId,
      kind: change.kind,
      from: change.from,
      to: change.to,
      actorUserId: actor.userId,
      reason: change.reason ?? null,
      at: now,
    });
    await deps.audit.record(
      {
        actorUserId: actor.userId,
        action: `bloodbank.unit.${change.kind}`,
        outcome: 'success',
        patientId: change.patientId ?? null,
        resourceType: 'BloodUnit',
        resourceId: change.unitId,
        details: {
          organisationId: change.organisationId,
          from: change.from,
          to: change.to,
          ...change.details,
        },
      },
      trx,
    );
  };
}
export type RecordUnitChange = ReturnType<typeof unitHistory>;
