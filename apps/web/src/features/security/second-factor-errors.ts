import { isApiError } from '../../api/api-error.ts';
import { securityStrings as s } from './security.strings.ts';
import { isPasskeyCeremonyError, type PasskeyFailure } from './webauthn.ts';

/** What the user was proving when it failed: it picks the wording of "not right". */
export type ProofKind = 'totp' | 'recovery_code' | 'passkey';

const wrongProof: Record<ProofKind, string> = {
  totp: s.wrongTotpCode,
  recovery_code: s.wrongRecoveryCode,
  passkey: s.wrongPasskey,
};

const passkeyFailures: Record<PasskeyFailure, string> = {
  cancelled: s.passkeyCancelled,
  unsupported: s.passkeyUnsupported,
  already_registered: s.passkeyAlreadyRegistered,
  failed: s.passkeyFailed,
};

/**
 * The message for a failed second-factor proof, chosen by the problem's code so it says what to do
 * next; any other problem is shown with the server's own explanation.
 */
export function secondFactorErrorMessage(error: unknown, kind: ProofKind): string {
  if (isPasskeyCeremonyError(error)) return passkeyFailures[error.reason];
  if (!isApiError(error)) return s.errorFallback;
  if (error.code === 'totp_code_used') return s.totpCodeUsed;
  if (error.code === 'invalid_second_factor') return wrongProof[kind];
  // The server says how long to wait, when it knows.
  if (error.status === 429) return error.problem.detail ?? s.tooManyAttempts;
  return error.problem.detail ?? s.errorFallback;
}

/** The half-way session (10 minutes) or the whole session is over: the user has to start again. */
export const isSessionGone = (error: unknown): boolean =>
  isApiError(error) &&
  error.status === 401 &&
  (error.code === 'not_signed_in' || error.code === 'sign_in_incomplete');

/** Six digits, with any spaces the user typed (or the app showed: "123 456") taken out. */
export const normaliseTotpCode = (code: string): string => code.replace(/\s+/g, '');
export const isTotpCode = (code: string): boolean => /^\d{6}$/.test(code);

/** Recovery codes are matched without spaces, dashes or case; the server checks the rest. */
export const isPlausibleRecoveryCode = (code: string): boolean => {
  const length = code.trim().length;
  return length >= 8 && length <= 40;
};
