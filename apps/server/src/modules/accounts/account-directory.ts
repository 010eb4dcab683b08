import type { Role } from '@nexus/contracts';
import type { Executor } from '../../platform/db/database.ts';
import type { PatientRecordCreated } from '../fhir/patient-resources.ts';

export type DirectoryUser = {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  isDisabled: boolean;
};

/**
 * The slice of the identity data (users, memberships, sessions, organisations) the account flows read
 * and change beyond creating users, which goes through the identity service. Kept to these few
 * statements so that it could move into the identity module's interface unchanged.
 */
export function createAccountDirectory(options: { onPatientRecordCreated?: PatientRecordCreated } = {}) {
  const userQuery = (db: Executor) =>
    db.selectFrom('users').select(['id', 'email', 'display_name', 'password_hash', 'disabled_at']);
  const toUser = (row: {
    id: string;
    email: string;
    display_name: string;
    password_hash: string;
    disabled_at: Date | null;
  }): DirectoryUser => ({
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    isDisabled: row.disabled_at !== null,
  });

  return {
    async findUserByEmail(db: Executor, email: string): Promise<DirectoryUser | undefined> {
      const row = await userQuery(db).where('email', '=', email).executeTakeFirst();
      return row && toUser(row);
    },

    async findUserById(db: Executor, id: string): Promise<DirectoryUser | undefined> {
      const row = await userQuery(db).where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },

    async setPasswordHash(db: Executor, userId: string, passwordHash: string, now: Date): Promise<void> {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, updated_at: now })
        .where('id', '=', userId)
        .execute();
    },

    /** Ends every open session of the user, half-way sign-ins included; returns how many. */
    async revokeAllSessions(db: Executor, userId: string, now: Date): Promise<number> {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async hasMembership(db: Executor, userId: string, organisationId: string, role: Role): Promise<boolean> {
      const row = await db
        .selectFrom('memberships')
        .select('id')
        .where('user_id', '=', userId)
        .where('organisation_id', '=', organisationId)
        .where('role', '=', role)
        .executeTakeFirst();
      return row !== undefined;
    },

    /**
     * Gives an existing user a role in an organisation (nothing if they hold it already); a patient
     * role also gives them their patient record if they have none, as identity's createUser does.
     */
    async addMembership(
      db: Executor,
      user: { id: string; displayName: string },
      organisationId: string,
      role: Role,
    ): Promise<void> {
      await db
        .insertInto('memberships')
        .values({ user_id: user.id, organisation_id: organisationId, role })
        .onConflict((oc) => oc.columns(['user_id', 'organisation_id', 'role']).doNothing())
        .execute();
      if (role === 'patient') {
        const row = await db
          .insertInto('patients')
          .values({ user_id: user.id, display_name: user.displayName })
          .onConflict((oc) => oc.column('user_id').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (row) await options.onPatientRecordCreated?.(db, { id: row.id, displayName: user.displayName });
      }
    },

    async organisationName(db: Executor, organisationId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('organisations')
        .select('name')
        .where('id', '=', organisationId)
        .executeTakeFirst();
      return row?.name;
    },

    /** The organisation self-registered patients join: the configured one, or the oldest clinic or hospital. */
    async registrationOrganisation(
      db: Executor,
      configuredId: string | undefined,
    ): Promise<string | undefined> {
      let query = db.selectFrom('organisations').select('id');
      query = configuredId
        ? query.where('id', '=', configuredId)
        : query.where('kind', 'in', ['clinic', 'hospital']).orderBy('created_at').orderBy('id');
      const row = await query.limit(1).executeTakeFirst();
      return row?.id;
    },
  };
}
export type AccountDirectory = ReturnType<typeof createAccountDirectory>;
