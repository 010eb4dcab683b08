import type { OrganisationKind, Role } from '@nexus/contracts';
import { sql, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { compileOnce } from '../../platform/db/compile-once.ts';
import type { Executor } from '../../platform/db/database.ts';
import { preparedAs } from '../../platform/db/prepared-statements.ts';
import type { Tables } from '../../platform/db/tables.ts';
import type { SessionStage } from './identity.tables.ts';
import type { ThrottleState } from './sign-in-throttle.ts';

export type UserRow = {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  isDisabled: boolean;
};
export type MembershipRow = {
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: Role;
};
export type LiveSessionRow = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  sourceIp: string | null;
};
export type SessionRow = {
  sessionId: string;
  stage: SessionStage;
  userId: string;
  email: string;
  displayName: string;
  patientId: string | null;
  lastSeenAt: Date;
  memberships: MembershipRow[];
};

/** Runs on every authenticated request, so it is compiled once and prepared on PostgreSQL. */
const liveSessionQuery = compileOnce(
  (db: Executor, args: { tokenHash: string; now: Date; idleSince: Date }) =>
    db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select((eb) => [
        's.id',
        's.user_id',
        's.last_seen_at',
        's.stage',
        'u.email',
        'u.display_name',
        eb
          .selectFrom('patients as p')
          .select('p.id')
          .whereRef('p.user_id', '=', 's.user_id')
          .as('patient_id'),
        jsonArrayFrom(
          eb
            .selectFrom('memberships as m')
            .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
            .select(['m.organisation_id', 'o.name', 'o.kind', 'm.role'])
            .whereRef('m.user_id', '=', 's.user_id')
            .orderBy('o.name')
            .orderBy('m.role'),
        ).as('memberships'),
      ])
      .modifyFront(sql.raw(preparedAs('identity_live_session')))
      .where('s.token_hash', '=', args.tokenHash)
      .where('s.revoked_at', 'is', null)
      .where('s.expires_at', '>', args.now)
      .where('s.last_seen_at', '>', args.idleSince)
      .where('u.disabled_at', 'is', null),
);

/** SQL for organisations, users, memberships and sessions. Every function takes the executor to run on. */
export function createIdentityRepo() {
  return {
    async countOrganisations(db: Executor): Promise<number> {
      const row = await db
        .selectFrom('organisations')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async insertOrganisation(
      db: Executor,
      org: { id?: string; name: string; kind: OrganisationKind },
    ): Promise<string> {
      const row = await db.insertInto('organisations').values(org).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },

    async insertUser(
      db: Executor,
      user: { id?: string; email: string; displayName: string; passwordHash: string },
    ): Promise<string> {
      const row = await db
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          display_name: user.displayName,
          password_hash: user.passwordHash,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async insertMembership(
      db: Executor,
      m: { userId: string; organisationId: string; role: Role },
    ): Promise<void> {
      await db
        .insertInto('memberships')
        .values({ user_id: m.userId, organisation_id: m.organisationId, role: m.role })
        .execute();
    },

    async findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
      const row = await db
        .selectFrom('users')
        .select(['id', 'email', 'display_name', 'password_hash', 'disabled_at'])
        .where('email', '=', email)
        .executeTakeFirst();
      return row && toUser(row);
    },

    async findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
      const row = await db
        .selectFrom('users')
        .select(['id', 'email', 'display_name', 'password_hash', 'disabled_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toUser(row);
    },

    async listMemberships(db: Executor, userId: string): Promise<MembershipRow[]> {
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
        .select(['m.organisation_id', 'o.name', 'o.kind', 'm.role'])
        .where('m.user_id', '=', userId)
        .orderBy('o.name')
        .orderBy('m.role')
        .execute();
      return rows.map(toMembership);
    },

    async insertSession(
      db: Executor,
      s: {
        tokenHash: string;
        userId: string;
        createdAt: Date;
        expiresAt: Date;
        userAgent: string | null;
        sourceIp: string | null;
        stage: SessionStage;
      },
    ): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          stage: s.stage,
          token_hash: s.tokenHash,
          user_id: s.userId,
          created_at: s.createdAt,
          last_seen_at: s.createdAt,
          expires_at: s.expiresAt,
          user_agent: s.userAgent?.slice(0, 300) ?? null,
          source_ip: s.sourceIp?.slice(0, 64) ?? null,
        })
        .execute();
    },

    /**
     * A live session (not revoked, within its absolute lifetime and idle timeout, of an enabled user)
     * with its user's profile and memberships, in one round trip: every authenticated request pays it.
     */
    async findLiveSession(
      db: Executor,
      tokenHash: string,
      now: Date,
      idleSince: Date,
    ): Promise<SessionRow | undefined> {
      const { rows } = await liveSessionQuery(db, { tokenHash, now, idleSince });
      const row = rows[0];
      return (
        row && {
          sessionId: row.id,
          stage: row.stage,
          userId: row.user_id,
          email: row.email,
          displayName: row.display_name,
          patientId: row.patient_id,
          lastSeenAt: new Date(row.last_seen_at),
          memberships: row.memberships.map(toMembership),
        }
      );
    },

    async touchSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: now })
        .where('token_hash', '=', tokenHash)
        .execute();
    },

    /**
     * Finishes a half-way sign-in: the session gets a new token (the old one stops working), its full
     * lifetime, and the time its second factor was proven. Returns false if it was no longer half-way.
     */
    async completeSession(
      db: Executor,
      s: { oldTokenHash: string; newTokenHash: string; now: Date; expiresAt: Date },
    ): Promise<boolean> {
      const result = await db
        .updateTable('sessions')
        .set({
          token_hash: s.newTokenHash,
          stage: 'complete',
          second_factor_at: s.now,
          last_seen_at: s.now,
          expires_at: s.expiresAt,
        })
        .where('token_hash', '=', s.oldTokenHash)
        .where('stage', '!=', 'complete')
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** A second factor proven again on a finished session (step-up before a sensitive change). */
    async markSecondFactor(db: Executor, sessionId: string, now: Date): Promise<void> {
      await db.updateTable('sessions').set({ second_factor_at: now }).where('id', '=', sessionId).execute();
    },

    async secondFactorAt(db: Executor, sessionId: string): Promise<Date | null> {
      const row = await db
        .selectFrom('sessions')
        .select('second_factor_at')
        .where('id', '=', sessionId)
        .executeTakeFirst();
      return row?.second_factor_at ? new Date(row.second_factor_at) : null;
    },

    /** Counts a wrong second factor on a half-way session, ending it at `limit`; returns the count. */
    async countSecondFactorFailure(
      db: Executor,
      sessionId: string,
      limit: number,
      now: Date,
    ): Promise<number> {
      const row = await db
        .updateTable('sessions')
        .set((eb) => ({ second_factor_failures: eb('second_factor_failures', '+', 1) }))
        .where('id', '=', sessionId)
        .returning('second_factor_failures')
        .executeTakeFirst();
      const failures = row?.second_factor_failures ?? limit;
      if (failures >= limit) {
        await db.updateTable('sessions').set({ revoked_at: now }).where('id', '=', sessionId).execute();
      }
      return failures;
    },

    async insertPatient(db: Executor, p: { userId: string; displayName: string }): Promise<string> {
      const row = await db
        .insertInto('patients')
        .values({ user_id: p.userId, display_name: p.displayName })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async findPatientIdOfUser(db: Executor, userId: string): Promise<string | null> {
      const row = await db
        .selectFrom('patients')
        .select('id')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row?.id ?? null;
    },

    /** Ends a session that is still open; returns its user, or undefined if there was none to end. */
    async revokeSession(db: Executor, tokenHash: string, now: Date): Promise<string | undefined> {
      const row = await db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .returning('user_id')
        .executeTakeFirst();
      return row?.user_id;
    },

    async findThrottles(db: Executor, keys: string[]): Promise<Map<string, ThrottleState>> {
      if (keys.length === 0) return new Map();
      const rows = await db.selectFrom('sign_in_throttle').selectAll().where('key', 'in', keys).execute();
      return new Map(rows.map((row) => [row.key, toThrottle(row)]));
    },

    /** Read-modify-write of one counter under its row lock, so parallel failures are all counted. */
    async updateThrottle(
      trx: Transaction<Tables>,
      key: string,
      next: (current: ThrottleState | undefined) => ThrottleState,
    ): Promise<ThrottleState> {
      const row = await trx
        .selectFrom('sign_in_throttle')
        .selectAll()
        .where('key', '=', key)
        .forUpdate()
        .executeTakeFirst();
      const state = next(row && toThrottle(row));
      const values = {
        failures: state.failures,
        first_failure_at: state.firstFailureAt,
        next_attempt_at: state.nextAttemptAt,
        locked_until: state.lockedUntil,
      };
      await trx
        .insertInto('sign_in_throttle')
        .values({ key, ...values })
        .onConflict((oc) => oc.column('key').doUpdateSet(values))
        .execute();
      return state;
    },

    async clearThrottle(db: Executor, key: string): Promise<void> {
      await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
    },

    async listLiveSessions(
      db: Executor,
      userId: string,
      now: Date,
      idleSince: Date,
    ): Promise<LiveSessionRow[]> {
      const rows = await db
        .selectFrom('sessions')
        .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'user_agent', 'source_ip'])
        .where('user_id', '=', userId)
        .where('stage', '=', 'complete')
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .where('last_seen_at', '>', idleSince)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        createdAt: new Date(row.created_at),
        lastSeenAt: new Date(row.last_seen_at),
        expiresAt: new Date(row.expires_at),
        userAgent: row.user_agent,
        sourceIp: row.source_ip,
      }));
    },

    /** Ends the user's sessions: one by id, or all but one; returns how many were still open. */
    async revokeUserSessions(
      db: Executor,
      userId: string,
      now: Date,
      which: { only: string } | { except: string } | 'all',
    ): Promise<number> {
      let query = db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now);
      if (which !== 'all') {
        query = 'only' in which ? query.where('id', '=', which.only) : query.where('id', '!=', which.except);
      }
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async isMemberOf(db: Executor, userId: string, organisationId: string): Promise<boolean> {
      const row = await db
        .selectFrom('memberships')
        .select('id')
        .where('user_id', '=', userId)
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
export type IdentityRepo = ReturnType<typeof createIdentityRepo>;

function toMembership(row: {
  organisation_id: string;
  name: string;
  kind: OrganisationKind;
  role: Role;
}): MembershipRow {
  return {
    organisationId: row.organisation_id,
    organisationName: row.name,
    organisationKind: row.kind,
    role: row.role,
  };
}

function toThrottle(row: {
  failures: number;
  first_failure_at: Date;
  next_attempt_at: Date;
  locked_until: Date | null;
}): ThrottleState {
  return {
    failures: row.failures,
    firstFailureAt: new Date(row.first_failure_at),
    nextAttemptAt: new Date(row.next_attempt_at),
    lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
  };
}

function toUser(row: {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  disabled_at: Date | null;
}): UserRow {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    isDisabled: row.disabled_at !== null,
  };
}
