import { MemberList } from '@nexus/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { membersKeys } from './keys.ts';

export const membersPath = (organisationId: string) =>
  `/api/v1/organisations/${encodeURIComponent(organisationId)}/members`;

/** The organisation's members with their roles there and their account's status. */
export const useMembers = (organisationId: string) =>
  useQuery({
    queryKey: membersKeys.list(organisationId),
    queryFn: ({ signal }) => apiClient.json(membersPath(organisationId), MemberList, { signal }),
    select: (list) => list.members,
  });
