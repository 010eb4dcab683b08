import type { Me, OrganisationKind, Role, SignInRequest } from '@nexus/contracts';
import type { Logger } from 'pino';
import type { Actor } from '../../platform/auth/actor.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../platform/auth/password.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import type { Clock } from '../../platform/clock.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import { conflict, notFound, unauthorized } from '../../platform/http/errors.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import { toMe } from './identity.presenter.ts';
import type { IdentityRepo } from './identity.repo.ts';
import { createSignInGuard } from './sign-in-guard.ts';

export type SessionPolicy = { idleMinutes: number; absoluteHours: number };

export type IdentityServiceDeps = {
  db: Executor;
  repo: IdentityRepo;
  clock: Clock;
  log: Logger;
  sessionPolicy: SessionPolicy;
  audit: AuditRecorder;
};

/** Only refresh last_seen_at once a minute: a write per request would double the cost of every read. */
const TOUCH_INTERVAL_MS = 60_000;

const INVALID_CREDENTIALS = 'The e-mail address or password is not correct.';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Accounts, organisations, memberships and sessions. */
export function createIdentityService(deps: IdentityServiceDeps) {
  const { db, repo, clock, log, sessionPolicy, audit } = deps;
  const guard = createSignInGuard({ db, repo, clock });

  return {
    async createOrganisation(input: { id?: string; name: string; kind: OrganisationKind }): Promise<string> {
      const id = await repo.insertOrganisation(db, input);
      log.info({ organisationId: id }, 'organisation created');
      return id;
    },

    async createUser(input: {
      id?: string;
      email: string;
      displayName: string;
      password: string;
      memberships: ReadonlyArray<{ organisationId: string; role: Role }>;
    }): Promise<string> {
      const email = normaliseEmail(input.email);
      const passwordHash = await hashPassword(input.password);
      const userId = await withTransaction(db, async (trx) => {
        if (await repo.findUserByEmail(trx, email)) {
          throw conflict('email_taken', 'An account with this e-mail address already exists.');
        }
        const id = await repo.insertUser(trx, {
          id: input.id,
          email,
          displayName: input.displayName,
          passwordHash,
        });
        for (const membership of input.memberships)
          await repo.insertMembership(trx, { userId: id, ...membership });
        return id;
      });
      log.info({ userId }, 'user created');
      return userId;
    },

    async countOrganisations(): Promise<number> {
      return repo.countOrganisations(db);
    },

    /**
     * Same error, and about the same time, whether the account is unknown, disabled or the password
     * wrong; repeated failures slow down and then lock the e-mail address, known or not.
     */
    async signIn(
      input: SignInRequest,
      origin?: RequestOrigin,
      userAgent?: string,
    ): Promise<{ token: string; expiresAt: Date; userId: string }> {
      const email = normaliseEmail(input.email);
      const sourceIp = origin?.sourceIp ?? null;
      await guard.checkAllowed(email, sourceIp);
      const user = await repo.findUserByEmail(db, email);
      const isValid = user
        ? await verifyPassword(user.passwordHash, input.password)
        : await verifyAgainstDummy(input.password);
      if (!user || !isValid || user.isDisabled) {
        log.info({ outcome: 'rejected' }, 'sign-in failed');
        const { isNowLocked, lockMinutes } = await guard.recordFailure(email, sourceIp);
        await audit.record({
          actorUserId: user?.id ?? null,
          action: 'auth.sign_in',
          outcome: 'failure',
          details: {
            reason: !user ? 'unknown_account' : user.isDisabled ? 'account_disabled' : 'wrong_password',
          },
          ...(origin ? { origin } : {}),
        });
        if (isNowLocked) {
          if (user) {
            await audit.record({
              actorUserId: user.id,
              action: 'auth.account_locked',
              outcome: 'success',
              ...(origin ? { origin } : {}),
            });
          }
          throw guard.lockedError(lockMinutes);
        }
        throw unauthorized('invalid_credentials', INVALID_CREDENTIALS);
      }
      await guard.recordSuccess(email);
      const token = newToken();
      const createdAt = clock.now();
      const expiresAt = new Date(createdAt.getTime() + sessionPolicy.absoluteHours * 3_600_000);
      await withTransaction(db, async (trx) => {
        await repo.insertSession(trx, {
          tokenHash: hashToken(token),
          userId: user.id,
          createdAt,
          expiresAt,
          userAgent: userAgent ?? null,
          sourceIp,
        });
        await audit.record(
          { actorUserId: user.id, action: 'auth.sign_in', outcome: 'success', ...(origin ? { origin } : {}) },
          trx,
        );
      });
      log.info({ userId: user.id }, 'signed in');
      return { token, expiresAt, userId: user.id };
    },

    async signOut(token: string, origin?: RequestOrigin): Promise<void> {
      const userId = await repo.revokeSession(db, hashToken(token), clock.now());
      if (userId) {
        await audit.record({
          actorUserId: userId,
          action: 'auth.sign_out',
          outcome: 'success',
          ...(origin ? { origin } : {}),
        });
      }
    },

    /** The actor behind a session token, or undefined if the session is unknown, expired, idle or revoked. */
    async authenticate(token: string): Promise<Actor | undefined> {
      const tokenHash = hashToken(token);
      const now = clock.now();
      const idleSince = new Date(now.getTime() - sessionPolicy.idleMinutes * 60_000);
      const session = await repo.findLiveSession(db, tokenHash, now, idleSince);
      if (!session) return undefined;
      if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
        await repo.touchSession(db, tokenHash, now);
      }
      return {
        sessionId: session.sessionId,
        userId: session.userId,
        email: session.email,
        displayName: session.displayName,
        memberships: session.memberships,
      };
    },

    /** The signed-in user's profile: already loaded with their session. */
    me(actor: Actor): Me {
      return {
        id: actor.userId,
        email: actor.email,
        displayName: actor.displayName,
        memberships: [...actor.memberships],
      };
    },

    /** A user's profile and memberships, read afresh (after sign-in, before the first authenticated request). */
    async profile(userId: string): Promise<Me> {
      const user = await repo.findUserById(db, userId);
      if (!user) throw notFound('user_not_found', 'This account no longer exists.');
      return toMe(user, await repo.listMemberships(db, userId));
    },
  };
}
export type IdentityService = ReturnType<typeof createIdentityService>;
