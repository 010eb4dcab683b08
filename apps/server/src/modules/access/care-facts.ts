import type { Membership } from '@nexus/contracts';
import type { CareFacts } from '../../platform/auth/policy.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { AccessRepo } from './access.repo.ts';

/**
 * The patients a clinician may read right now, for filtering searches across patients. `memberships`
 * are the clinician's memberships in a clinical role (as for `CareFacts.hasCareRelationship`).
 */
export type ReadablePatients = (
  userId: string,
  memberships: ReadonlyArray<Membership>,
  now: Date,
) => Promise<string[]>;

export function createReadablePatients(deps: {
  db: Executor;
  repo: Pick<AccessRepo, 'patientsReadableBy'>;
}): ReadablePatients {
  return (userId, memberships, now) =>
    deps.repo.patientsReadableBy(
      deps.db,
      userId,
      memberships.map((m) => m.organisationId),
      now,
    );
}

/** The policy's view of the database: live care relationships and open break-glass grants. */
export function createCareFacts(deps: {
  db: Executor;
  repo: Pick<AccessRepo, 'hasLiveRelationship' | 'hasActiveBreakGlass'>;
}): CareFacts {
  const { db, repo } = deps;
  return {
    hasCareRelationship: (userId, patientId, memberships) =>
      repo.hasLiveRelationship(
        db,
        userId,
        patientId,
        memberships.map((m) => m.organisationId),
      ),
    activeBreakGlass: (userId, patientId, now) => repo.hasActiveBreakGlass(db, userId, patientId, now),
  };
}
