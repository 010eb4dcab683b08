import {
  type AuthenticationResponseJSON,
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  startAuthentication,
  startRegistration,
  WebAuthnError,
} from '@simplewebauthn/browser';
import { z } from 'zod';

/**
 * WebAuthn options as the server's @simplewebauthn makes them. Checked only for the challenge (the
 * contract passes them through as loose JSON); the browser library checks the rest.
 */
export const WebAuthnOptions = z.looseObject({ challenge: z.string().min(1) });
export type WebAuthnOptions = z.infer<typeof WebAuthnOptions>;

/** Why the browser's passkey dialog did not produce an answer for the server. */
export type PasskeyFailure = 'cancelled' | 'unsupported' | 'already_registered' | 'failed';

/** The passkey ceremony in the browser did not complete (the server was not asked to verify anything). */
export class PasskeyCeremonyError extends Error {
  readonly reason: PasskeyFailure;

  constructor(reason: PasskeyFailure, cause?: unknown) {
    super(`Passkey ceremony failed: ${reason}`, { cause });
    this.name = 'PasskeyCeremonyError';
    this.reason = reason;
  }
}

export const isPasskeyCeremonyError = (error: unknown): error is PasskeyCeremonyError =>
  error instanceof PasskeyCeremonyError;

function reasonOf(error: unknown): PasskeyFailure {
  if (error instanceof WebAuthnError) {
    if (error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return 'already_registered';
    if (error.code === 'ERROR_CEREMONY_ABORTED') return 'cancelled';
    // Browsers answer NotAllowedError both to "Cancel" and to a timeout: for the user, both mean "not used".
    if (error.cause instanceof Error && error.cause.name === 'NotAllowedError') return 'cancelled';
  }
  if (error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError')) {
    return 'cancelled';
  }
  return 'failed';
}

async function ceremony<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new PasskeyCeremonyError(reasonOf(error), error);
  }
}

/** Signs in with a passkey: the server's challenge, the browser's dialog, then the server's check. */
export async function authenticateWithPasskey<T>(steps: {
  options: () => Promise<WebAuthnOptions>;
  verify: (response: AuthenticationResponseJSON) => Promise<T>;
}): Promise<T> {
  // Before asking the server for a challenge, which would only go to waste.
  if (!browserSupportsWebAuthn()) throw new PasskeyCeremonyError('unsupported');
  const options = await steps.options();
  // The server's JSON is the library's own type (it comes from @simplewebauthn/server); zod checked the challenge.
  const optionsJSON = options as unknown as PublicKeyCredentialRequestOptionsJSON;
  const response = await ceremony(() => startAuthentication({ optionsJSON }));
  return steps.verify(response);
}

/** Adds a passkey: the server's challenge, the browser's dialog to create one, then the server saves it. */
export async function registerPasskey<T>(steps: {
  options: () => Promise<WebAuthnOptions>;
  save: (response: RegistrationResponseJSON) => Promise<T>;
}): Promise<T> {
  // Before asking the server for a challenge, which would only go to waste.
  if (!browserSupportsWebAuthn()) throw new PasskeyCeremonyError('unsupported');
  const options = await steps.options();
  const optionsJSON = options as unknown as PublicKeyCredentialCreationOptionsJSON;
  const response = await ceremony(() => startRegistration({ optionsJSON }));
  return steps.save(response);
}
