import { z } from 'zod';

/** Every role a member of an organisation can hold. */
export const Role = z.enum([
  'patient',
  'doctor',
  'nurse',
  'pharmacist',
  'dietitian',
  'blood_bank_staff',
  'donor',
  'org_admin',
  'platform_admin',
]);
export type Role = z.infer<typeof Role>;

export const OrganisationKind = z.enum(['clinic', 'hospital', 'pharmacy', 'blood_bank']);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const SignInRequest = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(1024),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const Membership = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationKind: OrganisationKind,
  role: Role,
});
export type Membership = z.infer<typeof Membership>;

/** The signed-in user, as the web app sees them. */
export const Me = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  /** The user's own patient record, if they are a patient. */
  patientId: z.uuid().nullable(),
  memberships: z.array(Membership),
});
export type Me = z.infer<typeof Me>;

/** One sign-in session of the current user, as "your sessions" lists it. */
export const SessionSummary = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  isCurrent: z.boolean(),
  device: z.string().describe('Browser or client, from its User-Agent (shortened)'),
  sourceIp: z.string().nullable(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const SessionList = z.object({ sessions: z.array(SessionSummary) });
export type SessionList = z.infer<typeof SessionList>;

export const SessionIdParams = z.object({ sessionId: z.uuid() });
export const UserIdParams = z.object({ userId: z.uuid() });

/** How many sessions an "end sessions" request ended. */
export const EndedCount = z.object({ ended: z.number().int().min(0) });
export type EndedCount = z.infer<typeof EndedCount>;
