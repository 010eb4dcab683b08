import { z } from 'zod';
import { Role } from './identity.ts';

/** Longest password accepted (longer ones are refused before hashing, so nobody can make us hash megabytes). */
export const PASSWORD_MAX_LENGTH = 1024;
/** Shortest password accepted for a new account or a new password. */
export const PASSWORD_MIN_LENGTH = 12;

const Email = z.email().max(254);
const DisplayName = z.string().trim().min(1).max(200);
/** A new password; its strength is checked by the server (400 with a field error on `password`). */
const NewPassword = z.string().min(1).max(PASSWORD_MAX_LENGTH);
/** The secret from an e-mailed link (256 bits, base64url). */
const LinkToken = z
  .string()
  .min(20)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a link token');

/** Every role an organisation administrator can invite someone to (all but platform_admin). */
export const InvitableRole = Role.exclude(['platform_admin']);
export type InvitableRole = z.infer<typeof InvitableRole>;

export const SignUpRequest = z.object({ email: Email, displayName: DisplayName, password: NewPassword });
export type SignUpRequest = z.infer<typeof SignUpRequest>;

/**
 * The answer to requests that e-mail an address someone typed in (sign-up, password reset): always the
 * same, whether or not the address has an account.
 */
export const RequestAccepted = z.object({
  status: z.literal('accepted'),
  message: z.string(),
});
export type RequestAccepted = z.infer<typeof RequestAccepted>;

export const VerifyEmailRequest = z.object({ token: LinkToken });
export type VerifyEmailRequest = z.infer<typeof VerifyEmailRequest>;

/** The address whose account now exists: the page invites its owner to sign in. */
export const VerifyEmailResult = z.object({ email: z.string() });
export type VerifyEmailResult = z.infer<typeof VerifyEmailResult>;

export const PasswordResetRequest = z.object({ email: Email });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

export const PasswordResetCompletion = z.object({ token: LinkToken, password: NewPassword });
export type PasswordResetCompletion = z.infer<typeof PasswordResetCompletion>;

export const PasswordResetResult = z.object({ email: z.string() });
export type PasswordResetResult = z.infer<typeof PasswordResetResult>;

export const InvitationRequest = z.object({ email: Email, displayName: DisplayName, role: InvitableRole });
export type InvitationRequest = z.infer<typeof InvitationRequest>;

export const InvitationStatus = z.enum(['pending', 'accepted', 'revoked', 'expired']);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

/** An invitation as the organisation's administrators see it. */
export const Invitation = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: InvitableRole,
  status: InvitationStatus,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type Invitation = z.infer<typeof Invitation>;

export const InvitationList = z.object({ invitations: z.array(Invitation) });
export type InvitationList = z.infer<typeof InvitationList>;

export const InvitationsParams = z.object({ organisationId: z.uuid() });
export const InvitationIdParams = z.object({ organisationId: z.uuid(), invitationId: z.uuid() });

export const InvitationLookupRequest = z.object({ token: LinkToken });
export type InvitationLookupRequest = z.infer<typeof InvitationLookupRequest>;

/** What the accept page shows about an invitation its link names. */
export const InvitationLookup = z.object({
  organisationName: z.string(),
  role: InvitableRole,
  email: z.string(),
  displayName: z.string(),
  /** The address already has an account: accepting needs that account's password, not a new one. */
  hasAccount: z.boolean(),
});
export type InvitationLookup = z.infer<typeof InvitationLookup>;

export const InvitationAcceptance = z.object({
  token: LinkToken,
  /** For a new account; defaults to the name the invitation was sent to. */
  displayName: DisplayName.optional(),
  /** A new password (new account), or the existing account's current password. */
  password: NewPassword,
});
export type InvitationAcceptance = z.infer<typeof InvitationAcceptance>;

export const InvitationAccepted = z.object({
  email: z.string(),
  organisationName: z.string(),
  role: InvitableRole,
  /** True when a new account was created (false: the membership was added to an existing one). */
  isNewAccount: z.boolean(),
});
export type InvitationAccepted = z.infer<typeof InvitationAccepted>;

export const OutboxMailStatus = z.enum(['kept', 'queued', 'sending', 'sent', 'failed']);
export type OutboxMailStatus = z.infer<typeof OutboxMailStatus>;

/** One e-mail in the platform's outbox, decrypted, as a platform administrator reads it. */
export const OutboxMail = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  attempts: z.number().int().min(0),
  lastError: z.string().nullable(),
  status: OutboxMailStatus.describe(
    'kept: no SMTP configured, the outbox is the only copy; queued: waiting for (another) attempt; sending: an attempt is under way or its worker stopped mid-way; sent; failed: no attempts left',
  ),
});
export type OutboxMail = z.infer<typeof OutboxMail>;

export const OutboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  before: z.string().max(200).optional().describe('The nextCursor of the previous page, for older mails'),
});
export type OutboxQuery = z.infer<typeof OutboxQuery>;

export const OutboxPage = z.object({
  mails: z.array(OutboxMail),
  nextCursor: z.string().nullable(),
  /** True when SMTP is configured and mails leave the platform; false: they stay in the outbox. */
  isDelivering: z.boolean(),
});
export type OutboxPage = z.infer<typeof OutboxPage>;

export const DemoOutboxQuery = z.object({ to: Email });
export type DemoOutboxQuery = z.infer<typeof DemoOutboxQuery>;

/** The demo installation's mails to one address in the last 24 hours, newest first. */
export const DemoOutbox = z.object({
  to: z.string(),
  mails: z.array(
    z.object({ id: z.uuid(), subject: z.string(), text: z.string(), createdAt: z.iso.datetime() }),
  ),
});
export type DemoOutbox = z.infer<typeof DemoOutbox>;
