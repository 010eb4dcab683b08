import { DemoOutbox, InvitationList, InvitationLookup, OutboxPage } from '@nexus/contracts';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { accountsKeys } from './keys.ts';

/** An organisation's invitations, newest first. */
export const invitationsQuery = (organisationId: string) =>
  queryOptions({
    queryKey: accountsKeys.invitations(organisationId),
    queryFn: ({ signal }) =>
      apiClient.json(
        `/api/v1/organisations/${encodeURIComponent(organisationId)}/invitations`,
        InvitationList,
        {
          signal,
        },
      ),
    select: (list) => list.invitations,
  });

export const useInvitations = (organisationId: string) => useQuery(invitationsQuery(organisationId));

const OUTBOX_PAGE_SIZE = 25;

/** The platform's outgoing mail, page by page (newest first). */
export const outboxQuery = () =>
  infiniteQueryOptions({
    queryKey: accountsKeys.outbox,
    queryFn: ({ signal, pageParam }) => {
      const params = new URLSearchParams({ limit: String(OUTBOX_PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      return apiClient.json(`/api/v1/admin/outbox?${params}`, OutboxPage, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export const useOutbox = () => useInfiniteQuery(outboxQuery());

/** The demo's mail to one address; checked again every few seconds while the page is open. */
export const useDemoOutbox = (to: string | null) =>
  useQuery({
    queryKey: accountsKeys.demoOutbox(to ?? ''),
    queryFn: ({ signal }) =>
      apiClient.json(`/api/v1/demo/outbox?${new URLSearchParams({ to: to ?? '' })}`, DemoOutbox, { signal }),
    enabled: to !== null,
    refetchInterval: 5_000,
  });

/** What an invitation link is for. A token is only good once, so the answer is not retried or refetched. */
export const useInvitationLookup = (token: string | null) =>
  useQuery({
    queryKey: accountsKeys.invitationLookup(token ?? ''),
    queryFn: ({ signal }) =>
      apiClient.json('/api/v1/auth/invitations/lookup', InvitationLookup, {
        method: 'POST',
        body: { token },
        signal,
      }),
    enabled: token !== null,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
