import { type CreateApiTokenRequest, CreatedApiToken } from '@nexus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { accountKeys } from './keys.ts';

/**
 * Creates a personal API token. The token itself lives only in this mutation's result (never in the
 * query cache), and the caller resets the mutation once the user has copied it.
 */
export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateApiTokenRequest) =>
      apiClient.json('/api/v1/account/api-tokens', CreatedApiToken, { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.apiTokens }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) =>
      apiClient.empty(`/api/v1/account/api-tokens/${encodeURIComponent(tokenId)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.apiTokens }),
  });
}
