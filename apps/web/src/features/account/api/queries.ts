import { SessionList } from '@nexus/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
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
