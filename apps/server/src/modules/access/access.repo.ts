import type { ClinicianSummary, OrganisationKind, Role } from '@nexus/contracts';
import { sql } from 'kysely';
import { CLINICAL_ROLES } from '../../platform/auth/policy.ts';
import type { Executor } from '../../platform/db/database.ts';

/** The roles that make someone a clinician in the directory and in care relationships (the policy's). */
const CLINICAL_ROLE_LIST: readonly Role[] = [...CLINICAL_ROLES];

export type PatientRow = { id: string; displayName: string; userId: string | null };

export type RelationshipRow = {
  id: string;
  patientId: string;
  source: 'patient_grant' | 'admission';
  clinicianUserId: string | null;
  clinicianName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  organisationKind: OrganisationKind | null;
  createdAt: Date;
};

export type GrantRow = {
  id: string;
  patientId: string;
  patientName: string;
  userId: string;
  clinicianName: string;
  organisationId: string;
  organisationName: string;
  reason: string;
  createdAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
};

/** What the patient index knows of a patient, for telling patients apart in lists. */
export type PatientIndexColumns = {
  patientName: string;
  birthDate: string | null;
  gender: 'male' | 'female' | 'other' | 'unknown' | null;
  recordNumber: string | null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Escapes LIKE's wildcards so a search for "50%" looks for exactly that. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const grantColumns = [
  'g.id',
  'g.patient_id',
  'p.display_name as patient_name',
  'g.user_id',
  'u.display_name as clinician_name',
  'g.organisation_id',
  'o.name as organisation_name',
  'g.reason',
  'g.created_at',
  'g.expires_at',
  'g.ended_at',
] as const;

function grantsFrom(db: Executor) {
  return db
    .selectFrom('break_glass_grants as g')
    .innerJoin('patients as p', 'p.id', 'g.patient_id')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .innerJoin('organisations as o', 'o.id', 'g.organisation_id')
    .select(grantColumns);
}

type GrantSelection = {
  id: string;
  patient_id: string;
  patient_name: string;
  user_id: string;
  clinician_name: string;
  organisation_id: string;
  organisation_name: string;
  reason: string;
  created_at: Date;
  expires_at: Date;
  ended_at: Date | null;
};
const toGrant = (row: GrantSelection): GrantRow => ({
  id: row.id,
  patientId: row.patient_id,
  patientName: row.patient_name,
  userId: row.user_id,
  clinicianName: row.clinician_name,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  reason: row.reason,
  createdAt: new Date(row.created_at),
  expiresAt: new Date(row.expires_at),
  endedAt: row.ended_at ? new Date(row.ended_at) : null,
});

/** SQL for care relationships, break-glass grants and the clinician directory. */
export function createAccessRepo() {
  async function clinicalRolesOf(db: Executor, userIds: readonly string[]) {
    const byUser = new Map<string, { role: Role; organisationName: string }[]>();
    if (userIds.length === 0) return byUser;
    const rows = await db
      .selectFrom('memberships as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .select(['m.user_id', 'm.role', 'o.name'])
      .where('m.user_id', 'in', [...userIds])
      .where('m.role', 'in', [...CLINICAL_ROLE_LIST])
      .orderBy('o.name')
      .orderBy('m.role')
      .execute();
    for (const row of rows) {
      const list = byUser.get(row.user_id) ?? [];
      list.push({ role: row.role, organisationName: row.name });
      byUser.set(row.user_id, list);
    }
    return byUser;
  }

  return {
    clinicalRolesOf,

    /** A personal grant to the user, or an admission to one of the organisations, that is not revoked. */
    async hasLiveRelationship(
      db: Executor,
      userId: string,
      patientId: string,
      organisationIds: readonly string[],
    ): Promise<boolean> {
      const row = await db
        .selectFrom('care_relationships')
        .select('id')
        .where('patient_id', '=', patientId)
        .where('revoked_at', 'is', null)
        .where((eb) =>
          organisationIds.length === 0
            ? eb('clinician_user_id', '=', userId)
            : eb.or([
                eb('clinician_user_id', '=', userId),
                eb('organisation_id', 'in', [...organisationIds]),
              ]),
        )
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    async hasActiveBreakGlass(db: Executor, userId: string, patientId: string, now: Date): Promise<boolean> {
      const row = await db
        .selectFrom('break_glass_grants')
        .select('id')
        .where('user_id', '=', userId)
        .where('patient_id', '=', patientId)
        .where('expires_at', '>', now)
        .where('ended_at', 'is', null)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Every patient the clinician may read now: care relationships and open break-glass grants. */
    async patientsReadableBy(
      db: Executor,
      userId: string,
      organisationIds: readonly string[],
      now: Date,
    ): Promise<string[]> {
      const related = db
        .selectFrom('care_relationships')
        .select('patient_id')
        .where('revoked_at', 'is', null)
        .where((eb) =>
          organisationIds.length === 0
            ? eb('clinician_user_id', '=', userId)
            : eb.or([
                eb('clinician_user_id', '=', userId),
                eb('organisation_id', 'in', [...organisationIds]),
              ]),
        );
      const rows = await db
        .selectFrom('break_glass_grants')
        .select('patient_id')
        .where('user_id', '=', userId)
        .where('expires_at', '>', now)
        .where('ended_at', 'is', null)
        .union(related)
        .execute();
      return rows.map((row) => row.patient_id);
    },

    async findPatient(db: Executor, patientId: string): Promise<PatientRow | undefined> {
      const row = await db
        .selectFrom('patients')
        .select(['id', 'display_name', 'user_id'])
        .where('id', '=', patientId)
        .executeTakeFirst();
      return row && { id: row.id, displayName: row.display_name, userId: row.user_id };
    },

    /** The patient record of the account with this e-mail address; one query whether or not it exists. */
    async findPatientByEmail(db: Executor, email: string): Promise<PatientRow | undefined> {
      const row = await db
        .selectFrom('users as u')
        .innerJoin('patients as p', 'p.user_id', 'u.id')
        .select(['p.id', 'p.display_name', 'p.user_id'])
        .where('u.email', '=', email)
        .executeTakeFirst();
      return row && { id: row.id, displayName: row.display_name, userId: row.user_id };
    },

    /** An enabled user who holds a clinical role somewhere, as the directory shows them. */
    async findClinician(db: Executor, userId: string): Promise<ClinicianSummary | undefined> {
      const user = await db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', '=', userId)
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      const roles = user ? (await clinicalRolesOf(db, [user.id])).get(user.id) : undefined;
      return user && roles ? { userId: user.id, displayName: user.display_name, roles } : undefined;
    },

    async searchClinicians(db: Executor, query: string, limit: number): Promise<ClinicianSummary[]> {
      const users = await db
        .selectFrom('users as u')
        .select(['u.id', 'u.display_name'])
        .where('u.disabled_at', 'is', null)
        .where(sql<boolean>`u.display_name ilike ${likePattern(query)} escape '\\'`)
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('memberships as m')
              .select('m.id')
              .whereRef('m.user_id', '=', 'u.id')
              .where('m.role', 'in', [...CLINICAL_ROLE_LIST]),
          ),
        )
        .orderBy('u.display_name')
        .orderBy('u.id')
        .limit(limit)
        .execute();
      const roles = await clinicalRolesOf(
        db,
        users.map((u) => u.id),
      );
      return users.map((u) => ({ userId: u.id, displayName: u.display_name, roles: roles.get(u.id) ?? [] }));
    },

    async liveRelationships(
      db: Executor,
      where: { patientId: string; id?: string },
    ): Promise<RelationshipRow[]> {
      let query = db
        .selectFrom('care_relationships as r')
        .leftJoin('users as u', 'u.id', 'r.clinician_user_id')
        .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
        .select([
          'r.id',
          'r.patient_id',
          'r.source',
          'r.clinician_user_id',
          'u.display_name as clinician_name',
          'r.organisation_id',
          'o.name as organisation_name',
          'o.kind as organisation_kind',
          'r.created_at',
        ])
        .where('r.patient_id', '=', where.patientId)
        .where('r.revoked_at', 'is', null);
      if (where.id) query = query.where('r.id', '=', where.id);
      const rows = await query.orderBy('r.created_at').orderBy('r.id').execute();
      return rows.map((row) => ({
        id: row.id,
        patientId: row.patient_id,
        source: row.source,
        clinicianUserId: row.clinician_user_id,
        clinicianName: row.clinician_name,
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
        organisationKind: row.organisation_kind,
        createdAt: new Date(row.created_at),
      }));
    },

    async findLiveRelationshipId(
      db: Executor,
      patientId: string,
      to: { clinicianUserId: string } | { organisationId: string },
    ): Promise<{ id: string; createdAt: Date } | undefined> {
      const row = await db
        .selectFrom('care_relationships')
        .select(['id', 'created_at'])
        .where('patient_id', '=', patientId)
        .where('revoked_at', 'is', null)
        .where((eb) =>
          'clinicianUserId' in to
            ? eb('clinician_user_id', '=', to.clinicianUserId)
            : eb('organisation_id', '=', to.organisationId),
        )
        .executeTakeFirst();
      return row && { id: row.id, createdAt: new Date(row.created_at) };
    },

    async insertRelationship(
      db: Executor,
      values: {
        patientId: string;
        source: 'patient_grant' | 'admission';
        clinicianUserId?: string;
        organisationId?: string;
        grantedByUserId: string;
        now: Date;
      },
    ): Promise<string> {
      const row = await db
        .insertInto('care_relationships')
        .values({
          patient_id: values.patientId,
          source: values.source,
          clinician_user_id: values.clinicianUserId ?? null,
          organisation_id: values.organisationId ?? null,
          granted_by_user_id: values.grantedByUserId,
          created_at: values.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async revokeRelationship(
      db: Executor,
      patientId: string,
      relationshipId: string,
      byUserId: string,
      now: Date,
    ): Promise<'patient_grant' | 'admission' | undefined> {
      const row = await db
        .updateTable('care_relationships')
        .set({ revoked_at: now, revoked_by_user_id: byUserId })
        .where('id', '=', relationshipId)
        .where('patient_id', '=', patientId)
        .where('revoked_at', 'is', null)
        .returning('source')
        .executeTakeFirst();
      return row?.source;
    },

    async insertBreakGlass(
      db: Executor,
      values: {
        patientId: string;
        userId: string;
        organisationId: string;
        reason: string;
        now: Date;
        expiresAt: Date;
      },
    ): Promise<string> {
      const row = await db
        .insertInto('break_glass_grants')
        .values({
          patient_id: values.patientId,
          user_id: values.userId,
          organisation_id: values.organisationId,
          reason: values.reason,
          created_at: values.now,
          expires_at: values.expiresAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async activeGrants(
      db: Executor,
      of: { patientId: string } | { userId: string },
      now: Date,
    ): Promise<GrantRow[]> {
      const rows = await grantsFrom(db)
        .where((eb) =>
          'patientId' in of ? eb('g.patient_id', '=', of.patientId) : eb('g.user_id', '=', of.userId),
        )
        .where('g.expires_at', '>', now)
        .where('g.ended_at', 'is', null)
        .orderBy('g.created_at', 'desc')
        .orderBy('g.id')
        .execute();
      return rows.map(toGrant);
    },

    async grantsOfOrganisation(db: Executor, organisationId: string, limit: number): Promise<GrantRow[]> {
      const rows = await grantsFrom(db)
        .where('g.organisation_id', '=', organisationId)
        .orderBy('g.created_at', 'desc')
        .orderBy('g.id')
        .limit(limit)
        .execute();
      return rows.map(toGrant);
    },

    /** Live relationships that give this clinician access: personal grants and admissions to their organisations. */
    async relationshipsOfClinician(
      db: Executor,
      userId: string,
      organisationIds: readonly string[],
      query?: string,
    ): Promise<(RelationshipRow & PatientIndexColumns)[]> {
      const text = query?.trim() ?? '';
      const rows = await db
        .selectFrom('care_relationships as r')
        .innerJoin('patients as p', 'p.id', 'r.patient_id')
        .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
        .select([
          'r.id',
          'r.patient_id',
          'p.display_name as patient_name',
          sql<string | null>`p.birth_date::text`.as('birth_date'),
          'p.gender',
          'p.record_number',
          'r.source',
          'r.clinician_user_id',
          'r.organisation_id',
          'o.name as organisation_name',
          'o.kind as organisation_kind',
          'r.created_at',
        ])
        .where('r.revoked_at', 'is', null)
        .where((eb) =>
          organisationIds.length === 0
            ? eb('r.clinician_user_id', '=', userId)
            : eb.or([
                eb('r.clinician_user_id', '=', userId),
                eb('r.organisation_id', 'in', [...organisationIds]),
              ]),
        )
        .$if(text !== '', (qb) =>
          qb.where((eb) =>
            ISO_DATE.test(text)
              ? eb(sql`p.birth_date::text`, '=', text)
              : eb.or([
                  eb('p.display_name', 'ilike', likePattern(text)),
                  eb(sql`upper(p.record_number)`, '=', text.toUpperCase()),
                  eb(sql.val(text), '=', sql<string>`any(p.identifiers)`),
                ]),
          ),
        )
        .orderBy('p.display_name')
        .orderBy('r.created_at')
        .limit(1000)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        patientId: row.patient_id,
        patientName: row.patient_name,
        birthDate: row.birth_date,
        gender: row.gender,
        recordNumber: row.record_number,
        source: row.source,
        clinicianUserId: row.clinician_user_id,
        clinicianName: null,
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
        organisationKind: row.organisation_kind,
        createdAt: new Date(row.created_at),
      }));
    },
  };
}
export type AccessRepo = ReturnType<typeof createAccessRepo>;
