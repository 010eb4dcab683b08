/**
 * What a route requires of its caller, declared once in the route's config (`config: { access }`).
 * Every route under /api and /fhir must declare one: the app refuses to start otherwise, and the
 * authorisation matrix test walks every route against the expected table.
 *
 * - public:        nobody needs to be signed in (sign-in, sign-up, health, docs).
 * - sign-in-step:  a session whose password is checked but whose sign-in is not finished (second
 *                  factor or enrolment pending), as well as a finished one.
 * - self:          any fully signed-in user, acting on their own account (profile, sessions, factors).
 * - patient:       one patient's data, named by a route parameter; decided by `can`.
 * - organisation:  one organisation's administration, named by a route parameter; decided by `can`.
 * - platform:      platform-wide administration; decided by `can`.
 * - fhir:          the FHIR API: any fully signed-in user reaches the route, and the interaction itself
 *                  decides with `can` on every resource it touches (the patient of a resource is in the
 *                  resource, not in the path), auditing each decision the same way.
 */
export type PatientAction =
  /** Read the patient's record (and, until issue 4's records exist, their summary). */
  | 'patient.read'
  /** Change the patient's record with what a patient may write themself (answers, own medicines, own measurements). */
  | 'patient.write'
  /** Write clinical facts to the record: diagnoses, results, notes, orders (clinicians only). */
  | 'patient.record-clinical'
  /** Grant or revoke clinicians' access to the record (the patient themself only). */
  | 'patient.share'
  /** Read who accessed the record (the patient themself only). */
  | 'patient.read-access-log'
  /** Open emergency (break-glass) access to a patient without a care relationship. */
  | 'patient.break-glass'
  /** Run the disease models on the record and store their results (RiskAssessment). */
  | 'patient.assess-risk'
  /** Review a risk result: confirm, adjust or reject it and write the diagnosis, orders and plan (doctors). */
  | 'patient.review-risk'
  /** Sign or cancel a prescription (MedicationRequest) for the patient (doctors). */
  | 'patient.prescribe'
  /** Send a health-assistant triage summary to the patient's doctors (ClinicalImpression; the patient themself only). */
  | 'patient.share-triage';

export type OrganisationAction =
  /** Invite, disable and re-enable members, change roles, end their sessions. */
  | 'organisation.manage-members'
  /** Admit a patient to the organisation (which gives its clinicians a care relationship). */
  | 'organisation.admit-patient'
  /** Read the organisation's break-glass alerts. */
  | 'organisation.read-alerts'
  /** Import records (FHIR bundles) into the platform; their patients are admitted to the organisation. */
  | 'organisation.import-records'
  /**
   * Verify and dispense prescriptions at the organisation's pharmacy (its pharmacists). The signed
   * prescription the patient presents is what gives the pharmacist that one prescription, not the record.
   */
  | 'organisation.dispense'
  /**
   * Work the organisation's blood bank: receive and verify units, place holds, reserve, issue, return
   * and discard units, read its stock (its blood bank staff and org_admins). Releasing a hold also
   * needs a supervisor, which the blood bank service decides.
   */
  | 'organisation.manage-blood-bank';

export type PlatformAction =
  /** Read the outgoing e-mail outbox. */
  | 'platform.read-outbox'
  /** Verify the audit log's chain and checkpoints. */
  | 'platform.verify-audit';

/** Shared directory data (organisations, practitioners, questionnaires, medicines): no patient's record. */
export type DirectoryAction =
  /** Create or change directory entries. Reading them needs only a sign-in. */
  'directory.write';

export type Action = PatientAction | OrganisationAction | PlatformAction | DirectoryAction;

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'sign-in-step' }
  | { kind: 'self' }
  | { kind: 'patient'; action: PatientAction; patientIdParam: string }
  | { kind: 'organisation'; action: OrganisationAction; organisationIdParam: string }
  | { kind: 'platform'; action: PlatformAction }
  | { kind: 'fhir' };

/** The thing an action is done to, as `can` receives it. */
export type Resource =
  | { type: 'patient'; patientId: string }
  | { type: 'organisation'; organisationId: string }
  | { type: 'platform' }
  | { type: 'directory' };

export const PUBLIC: AccessRule = { kind: 'public' };
export const SIGN_IN_STEP: AccessRule = { kind: 'sign-in-step' };
export const SELF: AccessRule = { kind: 'self' };
export const FHIR: AccessRule = { kind: 'fhir' };

/** Routes under these prefixes must declare an access rule and are authenticated unless public. */
export const PROTECTED_PREFIXES = ['/api/', '/fhir/'] as const;
/** Single routes outside the prefixes that are protected the same way: the live notifications socket. */
export const PROTECTED_PATHS: ReadonlySet<string> = new Set(['/ws']);
export const isProtectedPath = (url: string): boolean =>
  PROTECTED_PATHS.has(url) || PROTECTED_PREFIXES.some((prefix) => url.startsWith(prefix));
