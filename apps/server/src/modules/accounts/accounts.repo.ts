import type { InvitableRole } from '@nexus/contracts';
import type { Executor } from '../../platform/db/database.ts';

export type PendingRegistrationRow = {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  expiresAt: Date;
  usedAt: Date | null;
};

export type PasswordResetRow = {
  id: string;
  userId: string | null;
  expiresAt: Date;
  usedAt: Date | null;
};

export type InvitationRow = {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  displayName: string;
  role: InvitableRole;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  failedAttempts: number;
};

const date = (value: Date) => new Date(value);
const dateOrNull = (value: Date | null) => (value ? new Date(value) : null);

/** SQL for registrations, password resets, invitations and request limits; each takes its executor. */
export function createAccountsRepo() {
  const invitationQuery = (db: Executor) =>
    db
      .selectFrom('invitations as i')
      .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
      .select([
        'i.id',
        'i.organisation_id',
        'o.name as organisation_name',
        'i.email',
        'i.display_name',
        'i.role',
        'i.created_at',
        'i.expires_at',
        'i.accepted_at',
        'i.revoked_at',
        'i.failed_attempts',
      ]);
  type InvitationSelection = Awaited<
    ReturnType<ReturnType<typeof invitationQuery>['executeTakeFirstOrThrow']>
  >;
  const toInvitation = (row: InvitationSelection): InvitationRow => ({
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    createdAt: date(row.created_at),
    expiresAt: date(row.expires_at),
    acceptedAt: dateOrNull(row.accepted_at),
    revokedAt: dateOrNull(row.revoked_at),
    failedAttempts: row.failed_attempts,
  });

  return {
    /**
     * Counts one request against a key in fixed windows, in one statement (parallel requests are all
     * counted); returns the count in the current window and when that window started.
     */
    async countRequest(
      db: Executor,
      key: string,
      now: Date,
      windowStartsAfter: Date,
    ): Promise<{ requests: number; windowStartedAt: Date }> {
      const row = await db
        .insertInto('account_request_limits')
        .values({ key, window_started_at: now, requests: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            requests: eb
              .case()
              .when('account_request_limits.window_started_at', '<=', windowStartsAfter)
              .then(1)
              .else(eb('account_request_limits.requests', '+', 1))
              .end(),
            window_started_at: eb
              .case()
              .when('account_request_limits.window_started_at', '<=', windowStartsAfter)
              .then(now)
              .else(eb.ref('account_request_limits.window_started_at'))
              .end(),
          })),
        )
        .returning(['requests', 'window_started_at'])
        .executeTakeFirstOrThrow();
      return { requests: row.requests, windowStartedAt: date(row.window_started_at) };
    },

    async insertPendingRegistration(
      db: Executor,
      r: {
        email: string;
        displayName: string;
        passwordHash: string;
        tokenHash: string;
        createdAt: Date;
        expiresAt: Date;
        usedAt: Date | null;
      },
    ): Promise<void> {
      await db
        .insertInto('pending_registrations')
        .values({
          email: r.email,
          display_name: r.displayName,
          password_hash: r.passwordHash,
          token_hash: r.tokenHash,
          created_at: r.createdAt,
          expires_at: r.expiresAt,
          used_at: r.usedAt,
        })
        .execute();
    },

    /** The registration a link's token names, locked until the transaction ends. */
    async lockPendingRegistration(
      db: Executor,
      tokenHash: string,
    ): Promise<PendingRegistrationRow | undefined> {
      const row = await db
        .selectFrom('pending_registrations')
        .select(['id', 'email', 'display_name', 'password_hash', 'expires_at', 'used_at'])
        .where('token_hash', '=', tokenHash)
        .forUpdate()
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          email: row.email,
          displayName: row.display_name,
          passwordHash: row.password_hash,
          expiresAt: date(row.expires_at),
          usedAt: dateOrNull(row.used_at),
        }
      );
    },

    async markRegistrationUsed(db: Executor, id: string, now: Date): Promise<void> {
      await db.updateTable('pending_registrations').set({ used_at: now }).where('id', '=', id).execute();
    },

    /** Makes the user's unused reset links unusable (a new one replaces them). */
    async invalidateResets(db: Executor, userId: string, now: Date): Promise<void> {
      await db
        .updateTable('password_resets')
        .set({ used_at: now })
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .execute();
    },

    async insertReset(
      db: Executor,
      r: { userId: string | null; tokenHash: string; createdAt: Date; expiresAt: Date; usedAt: Date | null },
    ): Promise<void> {
      await db
        .insertInto('password_resets')
        .values({
          user_id: r.userId,
          token_hash: r.tokenHash,
          created_at: r.createdAt,
          expires_at: r.expiresAt,
          used_at: r.usedAt,
        })
        .execute();
    },

    async findReset(db: Executor, tokenHash: string, lock = false): Promise<PasswordResetRow | undefined> {
      let query = db
        .selectFrom('password_resets')
        .select(['id', 'user_id', 'expires_at', 'used_at'])
        .where('token_hash', '=', tokenHash);
      if (lock) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return (
        row && {
          id: row.id,
          userId: row.user_id,
          expiresAt: date(row.expires_at),
          usedAt: dateOrNull(row.used_at),
        }
      );
    },

    async markResetUsed(db: Executor, id: string, now: Date): Promise<void> {
      await db.updateTable('password_resets').set({ used_at: now }).where('id', '=', id).execute();
    },

    async insertInvitation(
      db: Executor,
      i: {
        organisationId: string;
        email: string;
        displayName: string;
        role: InvitableRole;
        tokenHash: string;
        invitedBy: string;
        createdAt: Date;
        expiresAt: Date;
      },
    ): Promise<string> {
      const row = await db
        .insertInto('invitations')
        .values({
          organisation_id: i.organisationId,
          email: i.email,
          display_name: i.displayName,
          role: i.role,
          token_hash: i.tokenHash,
          invited_by: i.invitedBy,
          created_at: i.createdAt,
          expires_at: i.expiresAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Revokes the organisation's open invitations to an address (a new one replaces them). */
    async revokeOpenInvitations(
      db: Executor,
      organisationId: string,
      email: string,
      now: Date,
    ): Promise<void> {
      await db
        .updateTable('invitations')
        .set({ revoked_at: now })
        .where('organisation_id', '=', organisationId)
        .where('email', '=', email)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .execute();
    },

    async listInvitations(db: Executor, organisationId: string, limit: number): Promise<InvitationRow[]> {
      const rows = await invitationQuery(db)
        .where('i.organisation_id', '=', organisationId)
        .orderBy('i.created_at', 'desc')
        .orderBy('i.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toInvitation);
    },

    async findInvitation(
      db: Executor,
      organisationId: string,
      id: string,
    ): Promise<InvitationRow | undefined> {
      const row = await invitationQuery(db)
        .where('i.organisation_id', '=', organisationId)
        .where('i.id', '=', id)
        .executeTakeFirst();
      return row && toInvitation(row);
    },

    async findInvitationByToken(
      db: Executor,
      tokenHash: string,
      lock = false,
    ): Promise<InvitationRow | undefined> {
      let query = invitationQuery(db).where('i.token_hash', '=', tokenHash);
      if (lock) query = query.forUpdate('i');
      const row = await query.executeTakeFirst();
      return row && toInvitation(row);
    },

    async revokeInvitation(db: Executor, id: string, now: Date): Promise<void> {
      await db
        .updateTable('invitations')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
    },

    async markInvitationAccepted(db: Executor, id: string, userId: string, now: Date): Promise<void> {
      await db
        .updateTable('invitations')
        .set({ accepted_at: now, accepted_by: userId })
        .where('id', '=', id)
        .execute();
    },

    /** Counts a wrong password given to accept; returns the new count. */
    async countInvitationFailure(db: Executor, id: string): Promise<number> {
      const row = await db
        .updateTable('invitations')
        .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
        .where('id', '=', id)
        .returning('failed_attempts')
        .executeTakeFirstOrThrow();
      return row.failed_attempts;
    },

    /** Deletes what has served its purpose: expired links, old request counters. */
    async purgeExpired(db: Executor, before: Date): Promise<void> {
      await db.deleteFrom('pending_registrations').where('expires_at', '<', before).execute();
      await db.deleteFrom('password_resets').where('expires_at', '<', before).execute();
      await db.deleteFrom('account_request_limits').where('window_started_at', '<', before).execute();
    },
  };
}
export type AccountsRepo = ReturnType<typeof createAccountsRepo>;
