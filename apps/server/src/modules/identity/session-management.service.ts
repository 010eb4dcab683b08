import type { SessionSummary } from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import { describeDevice } from './device.ts';
import type { IdentityRepo } from './identity.repo.ts';
import type { SessionPolicy } from './identity.service.ts';
import type { SessionCache } from './session-cache.ts';

/** A user's view of their own sign-in sessions, and an administrator's power to end someone's. */
export function createSessionManagementService(deps: {
  db: Executor;
  repo: IdentityRepo;
  clock: Clock;
  audit: AuditRecorder;
  sessionPolicy: SessionPolicy;
  cache: SessionCache;
}) {
  const { db, repo, clock, audit, sessionPolicy, cache } = deps;

  return {
    async list(actor: Actor): Promise<SessionSummary[]> {
      const now = clock.now();
      const idleSince = new Date(now.getTime() - sessionPolicy.idleMinutes * 60_000);
      const sessions = await repo.listLiveSessions(db, actor.userId, now, idleSince);
      return sessions.map((session) => ({
        id: session.id,
        createdAt: session.createdAt.toISOString(),
        lastSeenAt: session.lastSeenAt.toISOString(),
        expiresAt: session.expiresAt.toISOString(),
        isCurrent: session.id === actor.sessionId,
        device: describeDevice(session.userAgent),
        sourceIp: session.sourceIp,
      }));
    },

    async end(actor: Actor, sessionId: string, origin: RequestOrigin): Promise<void> {
      cache.forgetSession(sessionId);
      const ended = await repo.revokeUserSessions(db, actor.userId, clock.now(), { only: sessionId });
      if (ended === 0) throw notFound('session_not_found', 'There is no open session of yours with this id.');
      await audit.record({
        actorUserId: actor.userId,
        action: 'auth.session_ended',
        outcome: 'success',
        resourceType: 'session',
        resourceId: sessionId,
        origin,
      });
    },

    async endOthers(actor: Actor, origin: RequestOrigin): Promise<number> {
      cache.forgetUser(actor.userId);
      const ended = await repo.revokeUserSessions(db, actor.userId, clock.now(), { except: actor.sessionId });
      await audit.record({
        actorUserId: actor.userId,
        action: 'auth.other_sessions_ended',
        outcome: 'success',
        details: { ended },
        origin,
      });
      return ended;
    },

    /** Ends every session of a member of the organisation (who may do this is the route's access rule). */
    async endAllOfMember(
      actor: Actor,
      organisationId: string,
      userId: string,
      origin: RequestOrigin,
    ): Promise<number> {
      if (!(await repo.isMemberOf(db, userId, organisationId))) {
        throw notFound('member_not_found', 'This organisation has no member with this id.');
      }
      cache.forgetUser(userId);
      const ended = await repo.revokeUserSessions(db, userId, clock.now(), 'all');
      await audit.record({
        actorUserId: actor.userId,
        action: 'admin.user_sessions_ended',
        outcome: 'success',
        resourceType: 'user',
        resourceId: userId,
        details: { ended, organisationId },
        origin,
      });
      return ended;
    },
  };
}
export type SessionManagementService = ReturnType<typeof createSessionManagementService>;
