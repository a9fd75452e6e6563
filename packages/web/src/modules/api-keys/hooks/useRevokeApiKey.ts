import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_KEYS_QUERY_KEY, apiKeysApi } from '../api/api-keys.api.ts';

/** Revokes a key: requests with it are refused from now on. */
export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiKeysApi.revoke(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_KEYS_QUERY_KEY }),
  });
}
