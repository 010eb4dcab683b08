import type {
  Me,
  OrganisationKind,
  PendingSignIn as PendingSignInResult,
  Role,
  SecondFactorMethod,
  SignInRequest,
} from '@nexus/contracts';
import type { Logger } from 'pino';
import type { Actor, Authentication, PendingSignIn } from '../../platform/auth/actor.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../platform/auth/password.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import type { Clock } from '../../platform/clock.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import { conflict, notFound, unauthorized } from '../../platform/http/errors.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import type { PatientRecordCreated } from '../fhir/patient-resources.ts';
import { toMe } from './identity.presenter.ts';
import type { IdentityRepo } from './identity.repo.ts';
import type { SessionCache } from './session-cache.ts';
import { createSignInGuard } from './sign-in-guard.ts';

export type SessionPolicy = { idleMinutes: number; absoluteHours: number };

export type IdentityServiceDeps = {
  /** Gives a new patient record its FHIR Patient resource, in the same transaction (the FHIR module). */
  onPatientRecordCreated?: PatientRecordCreated;
  db: Executor;
  repo: IdentityRepo;
  clock: Clock;
  log: Logger;
  sessionPolicy: SessionPolicy;
  audit: AuditRecorder;
  /** The second factors an account can use now (none: it must enrol one). */
  factorsOf: (userId: string) => Promise<SecondFactorMethod[]>;
  /** Finished sessions checked in the last moment (see session-cache.ts). */
  cache: SessionCache;
  /** Tells the owner of an account that repeated failures have locked it (by e-mail). */
  onAccountLocked?: (account: { userId: string; email: string; lockMinutes: number }) => Promise<void>;
};

/** A half-way sign-in lasts this long: enough to find a phone, not enough to leave it lying about. */
const PENDING_SIGN_IN_MINUTES = 10;
/** Wrong second factors one half-way session may try before the password is needed again. */
const SECOND_FACTOR_ATTEMPTS = 5;

/** Only refresh last_seen_at once a minute: a write per request would double the cost of every read. */
const TOUCH_INTERVAL_MS = 60_000;

const INVALID_CREDENTIALS = 'The e-mail address or password is not correct.';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Accounts, organisations, memberships and sessions. */
export function createIdentityService(deps: IdentityServiceDeps) {
  const { db, repo, clock, log, sessionPolicy, audit, cache } = deps;
  const guard = createSignInGuard({ db, repo, clock });

  /** Counts a failed password or second factor against the address; throws 429 once it is locked. */
  async function countFailure(email: string, userId: string | null, origin?: RequestOrigin): Promise<void> {
    const { isNowLocked, lockMinutes } = await guard.recordFailure(email, origin?.sourceIp ?? null);
    if (!isNowLocked) return;
    if (userId) {
      await audit.record({
        actorUserId: userId,
        action: 'auth.account_locked',
        outcome: 'success',
        ...(origin ? { origin } : {}),
      });
      try {
        await deps.onAccountLocked?.({ userId, email, lockMinutes });
      } catch (error) {
        log.error({ err: error, userId }, 'lock notice could not be queued');
      }
    }
    throw guard.lockedError(lockMinutes);
  }

  return {
    async createOrganisation(input: { id?: string; name: string; kind: OrganisationKind }): Promise<string> {
      const id = await repo.insertOrganisation(db, input);
      log.info({ organisationId: id }, 'organisation created');
      return id;
    },

    /**
     * A new account with its memberships, from a password or an argon2id hash made earlier (a pending
     * registration). A patient membership also creates the patient's record. Runs in `executor`'s
     * transaction when one is given.
     */
    async createUser(
      input: {
        id?: string;
        email: string;
        displayName: string;
        memberships: ReadonlyArray<{ organisationId: string; role: Role }>;
      } & ({ password: string } | { passwordHash: string }),
      executor: Executor = db,
    ): Promise<string> {
      const email = normaliseEmail(input.email);
      const passwordHash = 'passwordHash' in input ? input.passwordHash : await hashPassword(input.password);
      const userId = await withTransaction(executor, async (trx) => {
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
        if (input.memberships.some((m) => m.role === 'patient')) {
          const patientId = await repo.insertPatient(trx, { userId: id, displayName: input.displayName });
          await deps.onPatientRecordCreated?.(trx, { id: patientId, displayName: input.displayName });
        }
        return id;
      });
      log.info({ userId }, 'user created');
      return userId;
    },

    async countOrganisations(): Promise<number> {
      return repo.countOrganisations(db);
    },

    /**
     * The password step. Same error, and about the same time, whether the account is unknown, disabled
     * or the password wrong; repeated failures slow down and then lock the e-mail address, known or not.
     * A right password opens a half-way session: a second factor (or enrolment of one) is still due.
     */
    async signIn(
      input: SignInRequest,
      origin?: RequestOrigin,
      userAgent?: string,
    ): Promise<{ token: string; expiresAt: Date; pending: PendingSignInResult }> {
      const email = normaliseEmail(input.email);
      const sourceIp = origin?.sourceIp ?? null;
      await guard.checkAllowed(email, sourceIp);
      const user = await repo.findUserByEmail(db, email);
      const isValid = user
        ? await verifyPassword(user.passwordHash, input.password)
        : await verifyAgainstDummy(input.password);
      if (!user || !isValid || user.isDisabled) {
        log.info({ outcome: 'rejected' }, 'sign-in failed');
        await audit.record({
          actorUserId: user?.id ?? null,
          action: 'auth.sign_in',
          outcome: 'failure',
          details: {
            reason: !user ? 'unknown_account' : user.isDisabled ? 'account_disabled' : 'wrong_password',
          },
          ...(origin ? { origin } : {}),
        });
        await countFailure(email, user?.id ?? null, origin);
        throw unauthorized('invalid_credentials', INVALID_CREDENTIALS);
      }
      const methods = await deps.factorsOf(user.id);
      const pending: PendingSignInResult =
        methods.length === 0
          ? { step: 'enrolment', email: user.email }
          : { step: 'second_factor', email: user.email, methods };
      const token = newToken();
      const createdAt = clock.now();
      const expiresAt = new Date(createdAt.getTime() + PENDING_SIGN_IN_MINUTES * 60_000);
      await withTransaction(db, async (trx) => {
        await repo.insertSession(trx, {
          tokenHash: hashToken(token),
          userId: user.id,
          createdAt,
          expiresAt,
          userAgent: userAgent ?? null,
          sourceIp,
          stage: pending.step,
        });
        await audit.record(
          {
            actorUserId: user.id,
            action: 'auth.password_accepted',
            outcome: 'success',
            details: { next: pending.step },
            ...(origin ? { origin } : {}),
          },
          trx,
        );
      });
      return { token, expiresAt, pending };
    },

    /**
     * Finishes a half-way sign-in once its second factor is proven (or its first factor enrolled): the
     * session gets a new token, its full lifetime, and the account's failure count is cleared.
     */
    async completeSignIn(
      pending: PendingSignIn,
      oldToken: string,
      method: SecondFactorMethod | 'enrolment',
      origin?: RequestOrigin,
    ): Promise<{ token: string; expiresAt: Date; userId: string }> {
      const token = newToken();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + sessionPolicy.absoluteHours * 3_600_000);
      await withTransaction(db, async (trx) => {
        const isDone = await repo.completeSession(trx, {
          oldTokenHash: hashToken(oldToken),
          newTokenHash: hashToken(token),
          now,
          expiresAt,
        });
        if (!isDone) throw unauthorized('not_signed_in', 'This sign-in has ended. Sign in again.');
        await audit.record(
          {
            actorUserId: pending.userId,
            action: 'auth.sign_in',
            outcome: 'success',
            details: { method },
            ...(origin ? { origin } : {}),
          },
          trx,
        );
      });
      await guard.recordSuccess(pending.email);
      log.info({ userId: pending.userId }, 'signed in');
      return { token, expiresAt, userId: pending.userId };
    },

    /**
     * A wrong second factor: counts towards the account's lockout like a wrong password, and after a
     * few on the same half-way session that session ends (the password must be given again).
     */
    async secondFactorFailed(
      pending: PendingSignIn,
      method: SecondFactorMethod,
      reason: 'wrong_code' | 'code_used',
      origin?: RequestOrigin,
    ): Promise<void> {
      await audit.record({
        actorUserId: pending.userId,
        action: 'auth.second_factor',
        outcome: 'failure',
        details: { method, reason },
        ...(origin ? { origin } : {}),
      });
      await repo.countSecondFactorFailure(db, pending.sessionId, SECOND_FACTOR_ATTEMPTS, clock.now());
      await countFailure(pending.email, pending.userId, origin);
    },

    async signOut(token: string, origin?: RequestOrigin): Promise<void> {
      cache.forgetToken(hashToken(token));
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

    /**
     * The session behind a cookie token, finished or half-way; undefined if expired, idle or revoked.
     * `isActivity: false` checks without counting as the user's activity (a WebSocket's heartbeat must
     * not keep an unattended session from idling out).
     */
    async authenticate(
      token: string,
      options: { isActivity?: boolean } = {},
    ): Promise<Authentication | undefined> {
      const tokenHash = hashToken(token);
      const now = clock.now();
      const cached = cache.get(tokenHash, now.getTime());
      if (cached) return { stage: 'complete', actor: cached };
      const idleSince = new Date(now.getTime() - sessionPolicy.idleMinutes * 60_000);
      const session = await repo.findLiveSession(db, tokenHash, now, idleSince);
      if (!session) return undefined;
      if (options.isActivity !== false && now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
        await repo.touchSession(db, tokenHash, now);
      }
      if (session.stage !== 'complete') {
        return {
          stage: 'pending',
          pending: {
            sessionId: session.sessionId,
            stage: session.stage,
            userId: session.userId,
            email: session.email,
          },
        };
      }
      const actor: Actor = {
        sessionId: session.sessionId,
        credential: { kind: 'session' },
        userId: session.userId,
        email: session.email,
        displayName: session.displayName,
        patientId: session.patientId,
        memberships: session.memberships,
      };
      cache.set(tokenHash, actor, now.getTime());
      return { stage: 'complete', actor };
    },

    /** What a half-way sign-in still needs, as the web app shows it. */
    async pendingStep(pending: PendingSignIn): Promise<PendingSignInResult> {
      if (pending.stage === 'enrolment') return { step: 'enrolment', email: pending.email };
      const methods = await deps.factorsOf(pending.userId);
      return methods.length === 0
        ? { step: 'enrolment', email: pending.email }
        : { step: 'second_factor', email: pending.email, methods };
    },

    /** The signed-in user's profile: already loaded with their session. */
    me(actor: Actor): Me {
      return {
        id: actor.userId,
        email: actor.email,
        displayName: actor.displayName,
        patientId: actor.patientId,
        memberships: [...actor.memberships],
      };
    },

    /** A user's profile and memberships, read afresh (after sign-in, before the first authenticated request). */
    async profile(userId: string): Promise<Me> {
      const user = await repo.findUserById(db, userId);
      if (!user) throw notFound('user_not_found', 'This account no longer exists.');
      return toMe(user, await repo.listMemberships(db, userId), await repo.findPatientIdOfUser(db, userId));
    },
  };
}
export type IdentityService = ReturnType<typeof createIdentityService>;
