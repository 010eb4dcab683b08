import type {
  Admission,
  CareRelationship,
  CareTeam,
  ClinicianSummary,
  MyPatients,
  MyPatientsQuery,
  MyPatientsSort,
  PatientSummary,
  PatientUnderCare,
} from '@nexus/contracts';
import type { Logger } from 'pino';
import type { Actor } from '../../platform/auth/actor.ts';
import { CLINICAL_ROLES } from '../../platform/auth/policy.ts';
import type { Clock } from '../../platform/clock.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import {
  presentEmergencyAccess,
  presentGrant,
  presentPatientsUnderCare,
  presentRelationship,
} from './access.presenter.ts';
import type { AccessRepo, PatientRow } from './access.repo.ts';

const ADMITTING_ROLES: ReadonlySet<string> = new Set(['doctor', 'nurse', 'org_admin']);

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const SORT_KEYS: Record<'name' | 'birthDate' | 'since', (p: PatientUnderCare) => string> = {
  name: (p) => p.patient.displayName,
  birthDate: (p) => p.birthDate ?? '',
  since: (p) => p.since,
};

/** Sorts by name, birth date or since (a leading '-' reverses); ties fall back to the name. */
function sortPatients(patients: PatientUnderCare[], sort: MyPatientsSort): PatientUnderCare[] {
  const isDescending = sort.startsWith('-');
  const keyOf = SORT_KEYS[sort.replace('-', '') as keyof typeof SORT_KEYS];
  return [...patients].sort((a, b) => {
    const order =
      collator.compare(keyOf(a), keyOf(b)) || collator.compare(a.patient.displayName, b.patient.displayName);
    return isDescending ? -order : order;
  });
}

/** The directory answers at most this many clinicians per search. */
export const DIRECTORY_LIMIT = 20;

const patientNotFound = () => notFound('patient_not_found', 'There is no patient with this id.');

/** Care relationships: the patient's care team, personal grants, admissions, and a clinician's patients. */
export function createAccessService(deps: {
  db: Executor;
  repo: AccessRepo;
  clock: Clock;
  audit: AuditRecorder;
  log: Logger;
}) {
  const { db, repo, clock, audit, log } = deps;

  async function patientOrThrow(executor: Executor, patientId: string): Promise<PatientRow> {
    const patient = await repo.findPatient(executor, patientId);
    if (!patient) throw patientNotFound();
    return patient;
  }

  async function relationship(executor: Executor, patientId: string, id: string): Promise<CareRelationship> {
    const [row] = await repo.liveRelationships(executor, { patientId, id });
    if (!row) throw new Error('care relationship vanished inside its own transaction');
    const roles = row.clinicianUserId
      ? await repo.clinicalRolesOf(executor, [row.clinicianUserId])
      : new Map();
    return presentRelationship(row, roles);
  }

  /** Admits a found patient (or answers the existing admission): every clinician of the organisation gets access. */
  async function admitPatient(
    actor: Actor,
    organisationId: string,
    patient: PatientRow,
    origin: RequestOrigin,
    executor: Executor = db,
  ): Promise<{ admission: Admission; isNew: boolean }> {
    return withTransaction(executor, async (trx) => {
      const existing = await repo.findLiveRelationshipId(trx, patient.id, { organisationId });
      const summary = { id: patient.id, displayName: patient.displayName };
      if (existing) {
        return {
          admission: {
            relationshipId: existing.id,
            organisationId,
            patient: summary,
            since: existing.createdAt.toISOString(),
          },
          isNew: false,
        };
      }
      const now = clock.now();
      const id = await repo.insertRelationship(trx, {
        patientId: patient.id,
        source: 'admission',
        organisationId,
        grantedByUserId: actor.userId,
        now,
      });
      await audit.record(
        {
          actorUserId: actor.userId,
          action: 'access.admitted',
          outcome: 'success',
          patientId: patient.id,
          resourceType: 'care_relationship',
          resourceId: id,
          details: {
            organisationId,
            role:
              actor.memberships.find(
                (m) => m.organisationId === organisationId && ADMITTING_ROLES.has(m.role),
              )?.role ?? null,
          },
          origin,
        },
        trx,
      );
      log.info({ relationshipId: id, organisationId }, 'patient admitted');
      return {
        admission: { relationshipId: id, organisationId, patient: summary, since: now.toISOString() },
        isNew: true,
      };
    });
  }

  return {
    async patientSummary(patientId: string): Promise<PatientSummary> {
      const patient = await patientOrThrow(db, patientId);
      return { id: patient.id, displayName: patient.displayName };
    },

    /** Who can see the record besides the patient: chosen clinicians, admitting organisations, emergency access. */
    async careTeam(patientId: string): Promise<CareTeam> {
      await patientOrThrow(db, patientId);
      const rows = await repo.liveRelationships(db, { patientId });
      const roles = await repo.clinicalRolesOf(
        db,
        rows.flatMap((row) => (row.clinicianUserId ? [row.clinicianUserId] : [])),
      );
      const grants = await repo.activeGrants(db, { patientId }, clock.now());
      return {
        relationships: rows.map((row) => presentRelationship(row, roles)),
        emergencyAccess: grants.map(presentEmergencyAccess),
      };
    },

    /** The patient gives one clinician access; granting again answers the existing grant. */
    async grant(
      actor: Actor,
      patientId: string,
      clinicianUserId: string,
      origin: RequestOrigin,
    ): Promise<{ relationship: CareRelationship; isNew: boolean }> {
      return withTransaction(db, async (trx) => {
        await patientOrThrow(trx, patientId);
        if (!(await repo.findClinician(trx, clinicianUserId))) {
          throw notFound('clinician_not_found', 'There is no clinician with this id.');
        }
        const existing = await repo.findLiveRelationshipId(trx, patientId, { clinicianUserId });
        if (existing) return { relationship: await relationship(trx, patientId, existing.id), isNew: false };
        const id = await repo.insertRelationship(trx, {
          patientId,
          source: 'patient_grant',
          clinicianUserId,
          grantedByUserId: actor.userId,
          now: clock.now(),
        });
        await audit.record(
          {
            actorUserId: actor.userId,
            action: 'access.granted',
            outcome: 'success',
            patientId,
            resourceType: 'care_relationship',
            resourceId: id,
            details: { clinicianUserId },
            origin,
          },
          trx,
        );
        return { relationship: await relationship(trx, patientId, id), isNew: true };
      });
    },

    /** The patient ends a relationship, a personal grant or an admission alike. */
    async revoke(
      actor: Actor,
      patientId: string,
      relationshipId: string,
      origin: RequestOrigin,
    ): Promise<void> {
      await withTransaction(db, async (trx) => {
        const source = await repo.revokeRelationship(
          trx,
          patientId,
          relationshipId,
          actor.userId,
          clock.now(),
        );
        if (!source) {
          throw notFound('care_relationship_not_found', 'This record has no such access to end.');
        }
        await audit.record(
          {
            actorUserId: actor.userId,
            action: 'access.revoked',
            outcome: 'success',
            patientId,
            resourceType: 'care_relationship',
            resourceId: relationshipId,
            details: { source },
            origin,
          },
          trx,
        );
      });
    },

    /** Clinicians whose name contains the query, for the patient's "give access" dialog. */
    directory(query: string): Promise<ClinicianSummary[]> {
      return repo.searchClinicians(db, query.trim(), DIRECTORY_LIMIT);
    },

    async admit(actor: Actor, organisationId: string, patientId: string, origin: RequestOrigin) {
      return admitPatient(actor, organisationId, await patientOrThrow(db, patientId), origin);
    },

    /**
     * Admits a patient inside the caller's transaction (a record created or imported by the
     * organisation's staff). The caller has checked the actor may admit to the organisation.
     */
    async admitWithin(
      executor: Executor,
      actor: Actor,
      organisationId: string,
      patientId: string,
      origin: RequestOrigin,
    ) {
      return admitPatient(actor, organisationId, await patientOrThrow(executor, patientId), origin, executor);
    },

    /** Finds the patient by their account's e-mail address; unknown and non-patient addresses answer alike. */
    async admitByEmail(actor: Actor, organisationId: string, email: string, origin: RequestOrigin) {
      const patient = await repo.findPatientByEmail(db, email.trim().toLowerCase());
      if (!patient) throw notFound('patient_not_found', 'There is no patient with this e-mail address.');
      return admitPatient(actor, organisationId, patient, origin);
    },

    /** The patients a clinician looks after now (narrowed by `query`, in `sort` order), and the emergency access they hold. */
    async myPatients(actor: Actor, filter: MyPatientsQuery = { sort: 'name' }): Promise<MyPatients> {
      const clinicalOrganisations = [
        ...new Set(actor.memberships.filter((m) => CLINICAL_ROLES.has(m.role)).map((m) => m.organisationId)),
      ];
      if (clinicalOrganisations.length === 0) return { patients: [], emergencyAccess: [] };
      const rows = await repo.relationshipsOfClinician(db, actor.userId, clinicalOrganisations, filter.query);
      const grants = await repo.activeGrants(db, { userId: actor.userId }, clock.now());
      return {
        patients: sortPatients(presentPatientsUnderCare(rows), filter.sort),
        emergencyAccess: grants.map(presentGrant),
      };
    },
  };
}
export type AccessService = ReturnType<typeof createAccessService>;
