import {
  PasskeySummary,
  RecoveryCodes,
  type StepUpRequest,
  StepUpResult,
  TotpConfirmed,
  TotpSetup,
} from '@nexus/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error.ts';
import { apiClient } from '../../../api/http-client.ts';
import { registerPasskey, WebAuthnOptions } from '../../security/webauthn.ts';
import { endSession } from '../../session/api/mutations.ts';
import { accountKeys } from './keys.ts';

/** Runs `action`; the account security section wraps it to ask for a step-up when the server wants one. */
export type StepUpGuard = <T>(action: () => Promise<T>) => Promise<T>;

const refreshOverview = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: accountKeys.security });

/**
 * For requests whose 401 is an answer (a wrong code) rather than a lost session: only a real loss of
 * the session ends it here, as the query client would for any other request.
 */
function endSessionIfGone(queryClient: QueryClient, error: unknown) {
  if (
    isApiError(error) &&
    error.status === 401 &&
    error.code !== 'invalid_second_factor' &&
    error.code !== 'totp_code_used'
  ) {
    endSession(queryClient, 'expired');
  }
}

/** Proves a second factor again, so sensitive changes are allowed for the next few minutes. */
export function useStepUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: StepUpRequest) =>
      apiClient.json('/api/v1/account/step-up', StepUpResult, { method: 'POST', body: request }),
    meta: { handlesUnauthorized: true },
    onError: (error) => endSessionIfGone(queryClient, error),
    onSuccess: () => refreshOverview(queryClient),
  });
}

/** A new authenticator-app secret; replacing the app in force needs a step-up. */
export function useTotpSetup(guard: StepUpGuard) {
  return useMutation({
    mutationFn: () =>
      guard(() => apiClient.json('/api/v1/account/totp/setup', TotpSetup, { method: 'POST' })),
  });
}

/** Puts the new app in force with one of its codes; the answer has recovery codes if there were none. */
export function useTotpConfirm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiClient.json('/api/v1/account/totp/confirm', TotpConfirmed, { method: 'POST', body: { code } }),
    meta: { handlesUnauthorized: true },
    onError: (error) => endSessionIfGone(queryClient, error),
    onSuccess: () => refreshOverview(queryClient),
  });
}

export function useRemoveTotp(guard: StepUpGuard) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => guard(() => apiClient.empty('/api/v1/account/totp', { method: 'DELETE' })),
    onSettled: () => refreshOverview(queryClient),
  });
}

/** Ten new recovery codes; the old ones stop working. */
export function useRegenerateRecoveryCodes(guard: StepUpGuard) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      (await guard(() => apiClient.json('/api/v1/account/recovery-codes', RecoveryCodes, { method: 'POST' })))
        .recoveryCodes,
    onSettled: () => refreshOverview(queryClient),
  });
}

/** Registers a passkey: the server's challenge, the browser's dialog, then the server saves it. */
export function useAddPasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      registerPasskey({
        options: () =>
          apiClient.json('/api/v1/account/passkeys/options', WebAuthnOptions, { method: 'POST' }),
        save: (response) =>
          apiClient.json('/api/v1/account/passkeys', PasskeySummary, {
            method: 'POST',
            body: { name, response },
          }),
      }),
    onSuccess: () => refreshOverview(queryClient),
  });
}

export function useRemovePasskey(guard: StepUpGuard) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (passkeyId: string) =>
      guard(() =>
        apiClient.empty(`/api/v1/account/passkeys/${encodeURIComponent(passkeyId)}`, { method: 'DELETE' }),
      ),
    onSettled: () => refreshOverview(queryClient),
  });
}
