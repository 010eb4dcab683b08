import type { Membership, Role } from '@nexus/contracts';
import type {
  Action,
  DirectoryAction,
  OrganisationAction,
  PatientAction,
  PlatformAction,
  Resource,
} from './access-rule.ts';
import type { Actor } from './actor.ts';

/** Why an action was allowed; recorded with every access to health data. */
export type AccessBasis =
  | 'self'
  | 'care_relationship'
  | 'break_glass'
  | 'organisation_admin'
  | 'organisation_staff'
  | 'platform_admin'
  /** The platform's own background work (the nightly risk assessment), for the actions allowed to it. */
  | 'system';

export type Decision = { allowed: true; basis: AccessBasis } | { allowed: false };

/** Who `can` asks about: the actor's identity and roles (an Actor fits). */
export type PolicyActor = Pick<Actor, 'userId' | 'patientId' | 'memberships'> & {
  credential?: Actor['credential'];
};

/**
 * The facts about care that live in the database, behind a port so that `can` stays a pure function
 * of its inputs (and is unit-tested with a table of fakes).
 */
export type CareFacts = {
  /**
   * Whether the clinician has a live care relationship with the patient: a personal grant by the
   * patient, or an admission of the patient to one of `memberships`' organisations. Only the
   * memberships that carry a clinical role are passed.
   */
  hasCareRelationship(
    userId: string,
    patientId: string,
    memberships: ReadonlyArray<Membership>,
    now: Date,
  ): Promise<boolean>;
  /** Whether the user holds an open, unexpired break-glass grant for the patient. */
  activeBreakGlass(userId: string, patientId: string, now: Date): Promise<boolean>;
};

/** Roles that treat patients and so may reach a record through a care relationship. */
export const CLINICAL_ROLES: ReadonlySet<Role> = new Set(['doctor', 'nurse', 'pharmacist', 'dietitian']);
/** Roles that may open emergency access to a record they have no relationship with. */
export const BREAK_GLASS_ROLES: ReadonlySet<Role> = new Set(['doctor', 'nurse']);
/** Roles that may admit a patient to their organisation. */
const ADMITTING_ROLES: ReadonlySet<Role> = new Set(['doctor', 'nurse', 'org_admin']);
/** Roles that write clinical facts (diagnoses, results, notes) to a record they may see. */
export const RECORDING_ROLES: ReadonlySet<Role> = new Set(['doctor', 'nurse']);
/** Roles that review risk results and write the diagnosis and plan that follow. */
export const REVIEWING_ROLES: ReadonlySet<Role> = new Set(['doctor']);
/** Roles that sign prescriptions. */
export const PRESCRIBING_ROLES: ReadonlySet<Role> = new Set(['doctor']);
/** Roles that dispense at a pharmacy. */
const DISPENSING_ROLES: ReadonlySet<Role> = new Set(['pharmacist']);
/** Roles that work in a blood bank (its org_admins too). */
const BLOOD_BANK_ROLES: ReadonlySet<Role> = new Set(['blood_bank_staff']);
/** Roles that keep the shared directory (organisations, practitioners, questionnaires). */
const DIRECTORY_ROLES: ReadonlySet<Role> = new Set(['doctor', 'nurse', 'org_admin', 'platform_admin']);

const DENY: Decision = { allowed: false };
const allow = (basis: AccessBasis): Decision => ({ allowed: true, basis });

const holdsAny = (actor: PolicyActor, roles: ReadonlySet<Role>) =>
  actor.memberships.some((m) => roles.has(m.role));
const holdsIn = (actor: PolicyActor, organisationId: string, roles: ReadonlySet<Role>) =>
  actor.memberships.some((m) => m.organisationId === organisationId && roles.has(m.role));
const isPlatformAdmin = (actor: PolicyActor) => actor.memberships.some((m) => m.role === 'platform_admin');

/**
 * The one authorisation decision of the platform: may `actor` do `action` to `resource`? Deny by
 * default. Every action has its own case, so adding an Action does not compile until it has a rule.
 *
 * - A patient may do everything to their own record (basis `self`) except open break-glass access.
 * - A clinician (doctor, nurse, pharmacist, dietitian) reads and writes a record only through a live
 *   care relationship, or an open break-glass grant (doctors and nurses open those). Clinical facts
 *   (diagnoses, results, notes) are recorded by doctors and nurses only, never by the patient.
 * - Sharing the record and reading its access log belong to the patient alone; platform
 *   administrators get no access to health data.
 * - Organisations are administered by their org_admins (and platform admins for members); doctors,
 *   nurses and org_admins admit patients to their own organisation.
 */
export async function can(
  actor: PolicyActor,
  action: Action,
  resource: Resource,
  facts: CareFacts,
  now: Date,
): Promise<Decision> {
  switch (resource.type) {
    case 'patient':
      return isPatientAction(action) ? canOnPatient(actor, action, resource.patientId, facts, now) : DENY;
    case 'organisation':
      return isOrganisationAction(action) ? canOnOrganisation(actor, action, resource.organisationId) : DENY;
    case 'platform':
      return isPlatformAction(action) ? canOnPlatform(actor, action) : DENY;
    case 'directory':
      return isDirectoryAction(action) ? canOnDirectory(actor, action) : DENY;
    default:
      return DENY;
  }
}

async function canOnPatient(
  actor: PolicyActor,
  action: PatientAction,
  patientId: string,
  facts: CareFacts,
  now: Date,
): Promise<Decision> {
  const isOwnRecord = actor.patientId !== null && actor.patientId === patientId;
  switch (action) {
    case 'patient.read':
    case 'patient.write': {
      if (isOwnRecord) return allow('self');
      if (!holdsAny(actor, CLINICAL_ROLES)) return DENY;
      const clinical = actor.memberships.filter((m) => CLINICAL_ROLES.has(m.role));
      if (await facts.hasCareRelationship(actor.userId, patientId, clinical, now))
        return allow('care_relationship');
      if (
        holdsAny(actor, BREAK_GLASS_ROLES) &&
        (await facts.activeBreakGlass(actor.userId, patientId, now))
      ) {
        return allow('break_glass');
      }
      return DENY;
    }
    case 'patient.record-clinical':
      return clinicianWith(actor, RECORDING_ROLES, patientId, facts, now);
    case 'patient.assess-risk':
      if (isOwnRecord) return allow('self');
      if (actor.credential?.kind === 'system') return allow('system');
      return clinicianWith(actor, RECORDING_ROLES, patientId, facts, now);
    case 'patient.review-risk':
      return clinicianWith(actor, REVIEWING_ROLES, patientId, facts, now);
    case 'patient.prescribe':
      return clinicianWith(actor, PRESCRIBING_ROLES, patientId, facts, now);
    case 'patient.share':
    case 'patient.read-access-log':
    case 'patient.share-triage':
      return isOwnRecord ? allow('self') : DENY;
    case 'patient.break-glass':
      return !isOwnRecord && holdsAny(actor, BREAK_GLASS_ROLES) ? allow('break_glass') : DENY;
    default:
      return exhaustive(action);
  }
}

/** A clinician in one of `roles` with a live care relationship to the patient, or an open break-glass grant. */
async function clinicianWith(
  actor: PolicyActor,
  roles: ReadonlySet<Role>,
  patientId: string,
  facts: CareFacts,
  now: Date,
): Promise<Decision> {
  if (!holdsAny(actor, roles)) return DENY;
  const acting = actor.memberships.filter((m) => roles.has(m.role));
  if (await facts.hasCareRelationship(actor.userId, patientId, acting, now))
    return allow('care_relationship');
  return (await facts.activeBreakGlass(actor.userId, patientId, now)) ? allow('break_glass') : DENY;
}

function canOnOrganisation(actor: PolicyActor, action: OrganisationAction, organisationId: string): Decision {
  const isAdminHere = holdsIn(actor, organisationId, new Set(['org_admin']));
  switch (action) {
    case 'organisation.manage-members':
      if (isAdminHere) return allow('organisation_admin');
      return isPlatformAdmin(actor) ? allow('platform_admin') : DENY;
    case 'organisation.admit-patient':
      if (isAdminHere) return allow('organisation_admin');
      return holdsIn(actor, organisationId, ADMITTING_ROLES) ? allow('organisation_staff') : DENY;
    case 'organisation.read-alerts':
    case 'organisation.import-records':
      return isAdminHere ? allow('organisation_admin') : DENY;
    case 'organisation.dispense':
      return holdsIn(actor, organisationId, DISPENSING_ROLES) ? allow('organisation_staff') : DENY;
    case 'organisation.manage-blood-bank':
      if (isAdminHere) return allow('organisation_admin');
      return holdsIn(actor, organisationId, BLOOD_BANK_ROLES) ? allow('organisation_staff') : DENY;
    default:
      return exhaustive(action);
  }
}

function canOnPlatform(actor: PolicyActor, action: PlatformAction): Decision {
  switch (action) {
    case 'platform.read-outbox':
    case 'platform.verify-audit':
      return isPlatformAdmin(actor) ? allow('platform_admin') : DENY;
    default:
      return exhaustive(action);
  }
}

function canOnDirectory(actor: PolicyActor, action: DirectoryAction): Decision {
  switch (action) {
    case 'directory.write':
      return holdsAny(actor, DIRECTORY_ROLES) ? allow('organisation_staff') : DENY;
    default:
      return exhaustive(action);
  }
}

const PATIENT_ACTIONS: Record<PatientAction, true> = {
  'patient.read': true,
  'patient.write': true,
  'patient.record-clinical': true,
  'patient.share': true,
  'patient.read-access-log': true,
  'patient.break-glass': true,
  'patient.assess-risk': true,
  'patient.review-risk': true,
  'patient.prescribe': true,
  'patient.share-triage': true,
};
const ORGANISATION_ACTIONS: Record<OrganisationAction, true> = {
  'organisation.manage-members': true,
  'organisation.admit-patient': true,
  'organisation.read-alerts': true,
  'organisation.import-records': true,
  'organisation.dispense': true,
  'organisation.manage-blood-bank': true,
};
const PLATFORM_ACTIONS: Record<PlatformAction, true> = {
  'platform.read-outbox': true,
  'platform.verify-audit': true,
};
const DIRECTORY_ACTIONS: Record<DirectoryAction, true> = { 'directory.write': true };

const isPatientAction = (action: Action): action is PatientAction => Object.hasOwn(PATIENT_ACTIONS, action);
const isOrganisationAction = (action: Action): action is OrganisationAction =>
  Object.hasOwn(ORGANISATION_ACTIONS, action);
const isPlatformAction = (action: Action): action is PlatformAction =>
  Object.hasOwn(PLATFORM_ACTIONS, action);
const isDirectoryAction = (action: Action): action is DirectoryAction =>
  Object.hasOwn(DIRECTORY_ACTIONS, action);

/** Compile-time exhaustiveness; at run time an unknown action (a cast, a bad config) is denied. */
function exhaustive(action: never): Decision {
  void action;
  return DENY;
}
