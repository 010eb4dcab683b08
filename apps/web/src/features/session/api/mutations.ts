import { Me, type SignInRequest } from '@nexus/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { isUnauthorized } from '../../../api/api-error.ts';
import { apiClient } from '../../../api/http-client.ts';
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

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInRequest) =>
      apiClient.json('/api/v1/auth/sign-in', Me, { method: 'POST', body: input }),
    // A 401 here means wrong credentials, not an ended session.
    meta: { handlesUnauthorized: true },
    onSuccess: (me) => {
      forgetUserData(queryClient);
      const signedIn: Session = { status: 'signed-in', me };
      queryClient.setQueryData(sessionQuery().queryKey, signedIn);
    },
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
