import { type AssignableRole, Member } from '@nexus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { membersKeys } from './keys.ts';
import { membersPath } from './queries.ts';

export function useChangeRoles(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, roles }: { userId: string; roles: AssignableRole[] }) =>
      apiClient.json(`${membersPath(organisationId)}/${encodeURIComponent(userId)}/roles`, Member, {
        method: 'PUT',
        body: { roles },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersKeys.list(organisationId) }),
  });
}

/** Disables (signing them out everywhere) or enables a member's account. */
export function useSetMemberStatus(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, isDisabled }: { userId: string; isDisabled: boolean }) =>
      apiClient.json(
        `${membersPath(organisationId)}/${encodeURIComponent(userId)}/${isDisabled ? 'disable' : 'enable'}`,
        Member,
        { method: 'POST' },
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersKeys.list(organisationId) }),
  });
}
