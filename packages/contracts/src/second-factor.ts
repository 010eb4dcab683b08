import { z } from 'zod';
import { Me } from './identity.ts';

/** The ways a user proves the second factor after their password. */
export const SecondFactorMethod = z.enum(['totp', 'recovery_code', 'passkey']);
export type SecondFactorMethod = z.infer<typeof SecondFactorMethod>;

/**
 * A sign-in whose password is checked but which is not finished: either a second factor is due, or
 * the account has none yet and must enrol an authenticator app first (two factors are mandatory).
 */
export const PendingSignIn = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('second_factor'),
    email: z.string(),
    methods: z.array(SecondFactorMethod).min(1),
  }),
  z.object({ step: z.literal('enrolment'), email: z.string() }),
]);
export type PendingSignIn = z.infer<typeof PendingSignIn>;

/** The answer to a correct password: what is still needed to finish signing in. */
export const SignInResult = PendingSignIn;
export type SignInResult = PendingSignIn;

/** Who is on this browser: a finished sign-in (me), one half-way through (pending), or nobody. */
export const SessionState = z.object({ me: Me.nullable(), pending: PendingSignIn.nullable() });
export type SessionState = z.infer<typeof SessionState>;

/** A six-digit code from an authenticator app. */
export const TotpCode = z.object({ code: z.string().regex(/^\d{6}$/, 'Enter the 6-digit code') });
export type TotpCode = z.infer<typeof TotpCode>;

/** A one-time recovery code; spaces and dashes are ignored, letters in either case. */
export const RecoveryCodeRequest = z.object({ code: z.string().min(8).max(40) });
export type RecoveryCodeRequest = z.infer<typeof RecoveryCodeRequest>;

/** WebAuthn options and responses are passed through as the browser library makes them. */
export const WebAuthnJson = z.looseObject({}).describe('WebAuthn JSON as @simplewebauthn produces it');
export type WebAuthnJson = z.infer<typeof WebAuthnJson>;

export const PasskeyResponse = z.object({ response: WebAuthnJson });
export type PasskeyResponse = z.infer<typeof PasskeyResponse>;

export const PasskeyRegistration = z.object({
  name: z.string().trim().min(1).max(80),
  response: WebAuthnJson,
});
export type PasskeyRegistration = z.infer<typeof PasskeyRegistration>;

/** A new authenticator-app secret, shown once while the user scans it. */
export const TotpSetup = z.object({
  secret: z.string().describe('Base32 secret, for typing into an app that cannot scan'),
  otpauthUri: z.string(),
  qrCodeDataUrl: z.string().describe('The otpauth URI as an SVG QR code (data: URL)'),
});
export type TotpSetup = z.infer<typeof TotpSetup>;

/** Ten one-time codes, shown once; only their hashes are kept. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

/** After confirming an authenticator app: new recovery codes if the account had none, and who is signed in. */
export const TotpConfirmed = z.object({ recoveryCodes: z.array(z.string()).nullable(), me: Me });
export type TotpConfirmed = z.infer<typeof TotpConfirmed>;

export const PasskeySummary = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export type PasskeySummary = z.infer<typeof PasskeySummary>;

export const PasskeyIdParams = z.object({ passkeyId: z.uuid() });

/** The signed-in user's second factors. */
export const SecurityOverview = z.object({
  totp: z.object({ enabledAt: z.iso.datetime() }).nullable(),
  recoveryCodesRemaining: z.number().int().min(0),
  passkeys: z.array(PasskeySummary),
  /** Until when factor changes are allowed without checking a second factor again; null if not now. */
  freshUntil: z.iso.datetime().nullable(),
});
export type SecurityOverview = z.infer<typeof SecurityOverview>;

/** Proving a second factor again before a sensitive change (removing a factor, new recovery codes). */
export const StepUpRequest = z.discriminatedUnion('method', [
  z.object({ method: z.literal('totp'), code: z.string().regex(/^\d{6}$/, 'Enter the 6-digit code') }),
  z.object({ method: z.literal('recovery_code'), code: z.string().min(8).max(40) }),
]);
export type StepUpRequest = z.infer<typeof StepUpRequest>;

export const StepUpResult = z.object({ freshUntil: z.iso.datetime() });
export type StepUpResult = z.infer<typeof StepUpResult>;

/** What a personal API token may do: read (GET) or also change (other methods). */
export const ApiTokenScope = z.enum(['read', 'write']);
export type ApiTokenScope = z.infer<typeof ApiTokenScope>;

export const ApiTokenSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  scopes: z.array(ApiTokenScope),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export type ApiTokenSummary = z.infer<typeof ApiTokenSummary>;

export const ApiTokenList = z.object({ tokens: z.array(ApiTokenSummary) });
export type ApiTokenList = z.infer<typeof ApiTokenList>;

export const CreateApiTokenRequest = z.object({
  name: z.string().trim().min(1).max(80),
  scopes: z.array(ApiTokenScope).min(1),
  expiresInDays: z.number().int().min(1).max(365),
});
export type CreateApiTokenRequest = z.infer<typeof CreateApiTokenRequest>;

/** The token itself is shown once, at creation; only its hash is kept. */
export const CreatedApiToken = z.object({ token: z.string(), summary: ApiTokenSummary });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;

export const ApiTokenIdParams = z.object({ tokenId: z.uuid() });
