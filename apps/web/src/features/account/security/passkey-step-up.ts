import { StepUpResult } from '@nexus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error.ts';
import { apiClient } from '../../../api/http-client.ts';
import { authenticateWithPasskey, WebAuthnOptions } from '../../security/webauthn.ts';
import { endSession } from '../../session/api/mutations.ts';
import { accountKeys } from '../api/keys.ts';

/**
 * Proves the second factor again with a passkey: the server's challenge, the browser's passkey dialog,
 * then the server's check. Like a code, it allows sensitive changes for the next few minutes.
 */
export function usePasskeyStepUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      authenticateWithPasskey({
        options: () =>
          apiClient.json('/api/v1/account/step-up/passkey/options', WebAuthnOptions, { method: 'POST' }),
        verify: (response) =>
          apiClient.json('/api/v1/account/step-up/passkey', StepUpResult, {
            method: 'POST',
            body: { response },
          }),
      }),
    // A passkey that is not valid is an answer shown in the dialog, not a lost session.
    meta: { handlesUnauthorized: true },
    onError: (error) => {
      if (isApiError(error) && error.status === 401 && error.code !== 'invalid_second_factor') {
        endSession(queryClient, 'expired');
      }
    },
    // The passkey's "last used" date has changed, and so has freshUntil.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.security }),
  });
}
