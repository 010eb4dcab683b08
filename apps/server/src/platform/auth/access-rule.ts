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
 */
export type PatientAction =
  /** Read the patient's record (and, until issue 4's records exist, their summary). */
  | 'patient.read'
  /** Change the patient's record. */
  | 'patient.write'
  /** Grant or revoke clinicians' access to the record (the patient themself only). */
  | 'patient.share'
  /** Read who accessed the record (the patient themself only). */
  | 'patient.read-access-log'
  /** Open emergency (break-glass) access to a patient without a care relationship. */
  | 'patient.break-glass';

export type OrganisationAction =
  /** Invite, disable and re-enable members, change roles, end their sessions. */
  | 'organisation.manage-members'
  /** Admit a patient to the organisation (which gives its clinicians a care relationship). */
  | 'organisation.admit-patient'
  /** Read the organisation's break-glass alerts. */
  | 'organisation.read-alerts';

export type PlatformAction =
  /** Read the outgoing e-mail outbox. */
  | 'platform.read-outbox'
  /** Verify the audit log's chain and checkpoints. */
  | 'platform.verify-audit';

export type Action = PatientAction | OrganisationAction | PlatformAction;

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'sign-in-step' }
  | { kind: 'self' }
  | { kind: 'patient'; action: PatientAction; patientIdParam: string }
  | { kind: 'organisation'; action: OrganisationAction; organisationIdParam: string }
  | { kind: 'platform'; action: PlatformAction };

/** The thing an action is done to, as `can` receives it. */
export type Resource =
  | { type: 'patient'; patientId: string }
  | { type: 'organisation'; organisationId: string }
  | { type: 'platform' };

export const PUBLIC: AccessRule = { kind: 'public' };
export const SIGN_IN_STEP: AccessRule = { kind: 'sign-in-step' };
export const SELF: AccessRule = { kind: 'self' };

/** Routes under these prefixes must declare an access rule and are authenticated unless public. */
export const PROTECTED_PREFIXES = ['/api/', '/fhir/'] as const;
export const isProtectedPath = (url: string): boolean =>
  PROTECTED_PREFIXES.some((prefix) => url.startsWith(prefix));
