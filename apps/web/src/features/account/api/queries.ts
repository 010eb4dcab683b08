import { ApiTokenList, SecurityLog, SecurityOverview, SessionList } from '@nexus/contracts';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { accountKeys } from './keys.ts';

/** The signed-in user's live sign-in sessions, newest first. */
export const sessionsQuery = () =>
  queryOptions({
    queryKey: accountKeys.sessions,
    queryFn: ({ signal }) => apiClient.json('/api/v1/sessions', SessionList, { signal }),
    select: (list) => list.sessions,
  });

export const useSessions = () => useQuery(sessionsQuery());

/** The user's second factors: authenticator app, recovery codes left, passkeys. */
export const securityOverviewQuery = () =>
  queryOptions({
    queryKey: accountKeys.security,
    queryFn: ({ signal }) => apiClient.json('/api/v1/account/security', SecurityOverview, { signal }),
  });

export const useSecurityOverview = () => useQuery(securityOverviewQuery());

/** The user's live personal API tokens (never the tokens themselves, which are shown once). */
export const apiTokensQuery = () =>
  queryOptions({
    queryKey: accountKeys.apiTokens,
    queryFn: ({ signal }) => apiClient.json('/api/v1/account/api-tokens', ApiTokenList, { signal }),
    select: (list) => list.tokens,
  });

export const useApiTokens = () => useQuery(apiTokensQuery());

export const SECURITY_LOG_PAGE_SIZE = 20;

/** The user's own security events, newest first, a page at a time (keyset: `before` an entry id). */
export const securityLogQuery = () =>
  infiniteQueryOptions({
    queryKey: accountKeys.securityLog,
    queryFn: ({ signal, pageParam }) => {
      const params = new URLSearchParams({ limit: String(SECURITY_LOG_PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      return apiClient.json(`/api/v1/account/security-log?${params}`, SecurityLog, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextBefore,
  });

export const useSecurityLog = () => useInfiniteQuery(securityLogQuery());
