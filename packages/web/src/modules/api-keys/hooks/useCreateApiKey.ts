import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_KEYS_QUERY_KEY, apiKeysApi, type NewApiKey } from '../api/api-keys.api.ts';

/** Creates a key; the answer holds the key itself, which is never shown again. */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewApiKey) => apiKeysApi.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_KEYS_QUERY_KEY }),
  });
}
