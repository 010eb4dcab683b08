import type { ApiTokenScope, Membership, Role } from '@nexus/contracts';

/** How the request proved who it is: a browser session, or a personal API token with its scopes. */
export type Credential =
  | { kind: 'session' }
  | { kind: 'api_token'; scopes: ReadonlyArray<ApiTokenScope> }
  /** The platform itself, in a background job; never the result of authenticating a request. */
  | { kind: 'system'; job: string };

/** Who is asking: the signed-in user and the roles they hold in each organisation. */
export type Actor = {
  /** The public id of the session (or API token) this request came with. */
  sessionId: string;
  credential: Credential;
  userId: string;
  email: string;
  displayName: string;
  /** The user's own patient record, if they are a patient. */
  patientId: string | null;
  memberships: ReadonlyArray<Membership>;
};

/** A sign-in half-way through: the password was right, a second factor (or enrolment of one) is due. */
export type PendingSignIn = {
  sessionId: string;
  stage: 'second_factor' | 'enrolment';
  userId: string;
  email: string;
};

/** What a request's credentials amount to. */
export type Authentication =
  | { stage: 'complete'; actor: Actor }
  | { stage: 'pending'; pending: PendingSignIn };

export const hasRole = (actor: Actor, role: Role): boolean => actor.memberships.some((m) => m.role === role);

/** The id the platform's own background work is recorded under (audit log, Provenance). */
export const SYSTEM_USER_ID = '00000000-0000-4000-8000-000000000000';

/** The platform acting in a background job (the nightly risk assessment), with no roles of its own. */
export const systemActor = (job: string, displayName: string): Actor => ({
  sessionId: `system:${job}`,
  credential: { kind: 'system', job },
  userId: SYSTEM_USER_ID,
  email: 'system@lifecare-nexus.invalid',
  displayName,
  patientId: null,
  memberships: [],
});
