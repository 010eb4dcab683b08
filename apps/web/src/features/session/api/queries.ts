import { type Me, type PendingSignIn, PlatformInfo, SessionState } from '@nexus/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { sessionKeys } from './keys.ts';

/** Why there is no signed-in user: never signed in here, signed out on purpose, or the server ended it. */
export type SignedOutReason = 'anonymous' | 'signed-out' | 'expired';

/**
 * Who is using the app: signed in, half-way through signing in (password right, a second factor or
 * enrolment still due), or nobody. Signed out is data, not an error, so routes and components can
 * branch on it.
 */
export type Session =
  | { status: 'signed-in'; me: Me }
  | { status: 'pending'; pending: PendingSignIn }
  | { status: 'signed-out'; reason: SignedOutReason };

export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  const { me, pending } = await apiClient.json('/api/v1/session', SessionState, { signal });
  if (me) return { status: 'signed-in', me };
  if (pending) return { status: 'pending', pending };
  return { status: 'signed-out', reason: 'anonymous' };
}

export const sessionQuery = () =>
  queryOptions({
    queryKey: sessionKeys.session,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
  });

export const platformInfoQuery = () =>
  queryOptions({
    queryKey: sessionKeys.platform,
    queryFn: ({ signal }) => apiClient.json('/api/v1/platform', PlatformInfo, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useSession = () => useQuery(sessionQuery());

export const usePlatformInfo = () => useQuery(platformInfoQuery());
