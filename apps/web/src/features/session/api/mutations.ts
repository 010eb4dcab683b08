import {
  Me,
  type PendingSignIn,
  type SignInRequest,
  SignInResult,
  TotpConfirmed,
  TotpSetup,
} from '@nexus/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { isUnauthorized } from '../../../api/api-error.ts';
import { apiClient } from '../../../api/http-client.ts';
import { authenticateWithPasskey, WebAuthnOptions } from '../../security/webauthn.ts';
import { isSessionScopedKey, sessionKeys } from './keys.ts';
import { type Session, type SignedOutReason, sessionQuery } from './queries.ts';

/** Drops every query that belongs to a user, so nothing of theirs stays in memory for the next one. */
function forgetUserData(queryClient: QueryClient): void {
  const predicate = (query: { queryKey: readonly unknown[] }) => !isSessionScopedKey(query.queryKey);
  void queryClient.cancelQueries({ predicate });
  queryClient.removeQueries({ predicate });
}

/** Marks the session as over; the signed-in layout then sends the user to the sign-in page. */
export function endSession(queryClient: QueryClient, reason: SignedOutReason): void {
  const signedOut: Session = { status: 'signed-out', reason };
  queryClient.setQueryData(sessionQuery().queryKey, signedOut);
  forgetUserData(queryClient);
}

/** The sign-in is finished: `me` is who is signed in now; nothing of an earlier user stays behind. */
export function startSession(queryClient: QueryClient, me: Me): void {
  forgetUserData(queryClient);
  const signedIn: Session = { status: 'signed-in', me };
  queryClient.setQueryData(sessionQuery().queryKey, signedIn);
}

/** E-mail and password: the first step, which answers what is still due (a second factor, or enrolment). */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInRequest) =>
      apiClient.json('/api/v1/auth/sign-in', SignInResult, { method: 'POST', body: input }),
    // A 401 here means wrong credentials, not an ended session.
    meta: { handlesUnauthorized: true },
    onSuccess: (pending: PendingSignIn) => {
      forgetUserData(queryClient);
      const halfWay: Session = { status: 'pending', pending };
      queryClient.setQueryData(sessionQuery().queryKey, halfWay);
    },
  });
}

/** How the second step is proven: the request that answers with the signed-in user. */
export type SecondFactorProof =
  | { method: 'totp'; code: string }
  | { method: 'recovery_code'; code: string }
  | { method: 'passkey' };

function proveSecondFactor(proof: SecondFactorProof): Promise<Me> {
  switch (proof.method) {
    case 'totp':
      return apiClient.json('/api/v1/auth/second-factor/totp', Me, {
        method: 'POST',
        body: { code: proof.code },
      });
    case 'recovery_code':
      return apiClient.json('/api/v1/auth/second-factor/recovery-code', Me, {
        method: 'POST',
        body: { code: proof.code },
      });
    case 'passkey':
      return authenticateWithPasskey({
        options: () =>
          apiClient.json('/api/v1/auth/second-factor/passkey/options', WebAuthnOptions, { method: 'POST' }),
        verify: (response) =>
          apiClient.json('/api/v1/auth/second-factor/passkey', Me, { method: 'POST', body: { response } }),
      });
  }
}

/**
 * The second step: a code from the authenticator app, a recovery code or a passkey. Success finishes
 * the sign-in; the caller decides when to go on. A 401 is an answer here (wrong code, or the half-way
 * session timed out), not an ended session, so the caller handles it.
 */
export function useSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proveSecondFactor,
    meta: { handlesUnauthorized: true },
    onSuccess: (me) => startSession(queryClient, me),
  });
}

/** A new authenticator-app secret for an account that has none (enrolment during sign-in). */
export function useEnrolmentSetup() {
  return useMutation({
    mutationFn: () => apiClient.json('/api/v1/account/totp/setup', TotpSetup, { method: 'POST' }),
    meta: { handlesUnauthorized: true },
  });
}

/**
 * Confirms the new app with one of its codes, which finishes the sign-in on the server. The session
 * is not marked signed in here: the recovery codes are shown first, and the caller calls
 * `startSession` once the user has saved them.
 */
export function useEnrolmentConfirm() {
  return useMutation({
    mutationFn: (code: string) =>
      apiClient.json('/api/v1/account/totp/confirm', TotpConfirmed, { method: 'POST', body: { code } }),
    meta: { handlesUnauthorized: true },
  });
}

/**
 * "Start again" from the second step: ends the half-way session on the server, and goes back to the
 * password either way (a new sign-in replaces a half-way session the server could not be told about).
 */
export function useAbandonSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.empty('/api/v1/auth/sign-out', { method: 'POST' }),
    meta: { handlesUnauthorized: true },
    onSettled: () => endSession(queryClient, 'anonymous'),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: sessionKeys.signOut,
    mutationFn: () => apiClient.empty('/api/v1/auth/sign-out', { method: 'POST' }),
    meta: { handlesUnauthorized: true },
    onSuccess: () => endSession(queryClient, 'signed-out'),
    onError: (error) => {
      // The server had already ended the session: the user is signed out either way.
      if (isUnauthorized(error)) endSession(queryClient, 'signed-out');
    },
  });
}
