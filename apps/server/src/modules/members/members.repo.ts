import type { Role } from '@nexus/contracts';
import type { Executor } from '../../platform/db/database.ts';

export type MemberRow = {
  userId: string;
  displayName: string;
  email: string;
  roles: Role[];
  isDisabled: boolean;
};

type Row = { user_id: string; display_name: string; email: string; disabled_at: Date | null; role: Role };

/** Folds one row per membership into one member per user, in the order the rows came. */
function toMembers(rows: readonly Row[]): MemberRow[] {
  const byUser = new Map<string, MemberRow>();
  for (const row of rows) {
    const member = byUser.get(row.user_id) ?? {
      userId: row.user_id,
      displayName: row.display_name,
      email: row.email,
      roles: [],
      isDisabled: row.disabled_at !== null,
    };
    member.roles.push(row.role);
    byUser.set(row.user_id, member);
  }
  return [...byUser.values()];
}

/** SQL for an organisation's members: their roles there, and their accounts' status. */
export function createMembersRepo() {
  function membershipRows(db: Executor, organisationId: string) {
    return db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.user_id', 'u.display_name', 'u.email', 'u.disabled_at', 'm.role'])
      .where('m.organisation_id', '=', organisationId);
  }

  return {
    async list(db: Executor, organisationId: string): Promise<MemberRow[]> {
      const rows = await membershipRows(db, organisationId)
        .orderBy('u.display_name')
        .orderBy('m.user_id')
        .orderBy('m.role')
        .execute();
      return toMembers(rows);
    },

    async find(db: Executor, organisationId: string, userId: string): Promise<MemberRow | undefined> {
      const rows = await membershipRows(db, organisationId)
        .where('m.user_id', '=', userId)
        .orderBy('m.role')
        .execute();
      return toMembers(rows)[0];
    },

    async holdsRoleAnywhere(db: Executor, userId: string, role: Role): Promise<boolean> {
      const row = await db
        .selectFrom('memberships')
        .select('id')
        .where('user_id', '=', userId)
        .where('role', '=', role)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Makes the member's roles in the organisation exactly `roles`, leaving the ones in `keep` alone. */
    async replaceRoles(
      db: Executor,
      organisationId: string,
      userId: string,
      roles: readonly Role[],
      keep: readonly Role[],
    ): Promise<void> {
      const untouchable = [...new Set([...roles, ...keep])];
      await db
        .deleteFrom('memberships')
        .where('organisation_id', '=', organisationId)
        .where('user_id', '=', userId)
        .where('role', 'not in', untouchable)
        .execute();
      if (roles.length === 0) return;
      await db
        .insertInto('memberships')
        .values(roles.map((role) => ({ user_id: userId, organisation_id: organisationId, role })))
        .onConflict((oc) => oc.columns(['user_id', 'organisation_id', 'role']).doNothing())
        .execute();
    },

    /** A patient role needs a patient record (health data hangs off it); created once per account. */
    /** Returns the new record's id, or undefined when the account had one already. */
    async ensurePatientRecord(
      db: Executor,
      userId: string,
      displayName: string,
    ): Promise<string | undefined> {
      const row = await db
        .insertInto('patients')
        .values({ user_id: userId, display_name: displayName })
        .onConflict((oc) => oc.column('user_id').doNothing())
        .returning('id')
        .executeTakeFirst();
      return row?.id;
    },

    async setDisabled(db: Executor, userId: string, isDisabled: boolean, now: Date): Promise<void> {
      await db
        .updateTable('users')
        .set({ disabled_at: isDisabled ? now : null, updated_at: now })
        .where('id', '=', userId)
        .execute();
    },

    async revokeAllSessions(db: Executor, userId: string, now: Date): Promise<number> {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
export type MembersRepo = ReturnType<typeof createMembersRepo>;
