import type { CareFacts } from '../../platform/auth/policy.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { AccessRepo } from './access.repo.ts';

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
