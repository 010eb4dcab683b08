import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, isUnauthorized } from '../api/api-error.ts';
import { isSessionScopedKey } from '../features/session/api/keys.ts';
import { endSession } from '../features/session/api/mutations.ts';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** The mutation expects 401 as an answer (sign-in: wrong password) rather than a lost session. */
      handlesUnauthorized?: boolean;
    };
  }
}

const MAX_RETRIES = 2;

/** Retry what may pass next time (network, 5xx); never a 4xx, which will fail the same way again. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  return !isApiError(error) || error.status === 0 || error.status >= 500;
}

/**
 * The app's query client. A 401 from any query or mutation means the server ended the session: the
 * session is marked expired and the signed-in layout sends the user to sign in, keeping their place.
 */
export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isUnauthorized(error) && !isSessionScopedKey(query.queryKey)) endSession(queryClient, 'expired');
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isUnauthorized(error) && !mutation.meta?.handlesUnauthorized) endSession(queryClient, 'expired');
      },
    }),
    defaultOptions: {
      queries: { retry: options.retry === false ? false : shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
