import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { API_KEYS_QUERY_KEY, apiKeysApi } from '../api/api-keys.api.ts';

/** One page of API keys (own keys, or everyone's for administrators). */
export function useApiKeys(query: { userId?: number; limit?: number; cursor?: string }) {
  return useQuery({
    queryKey: [...API_KEYS_QUERY_KEY, query],
    queryFn: () => apiKeysApi.list(query),
    placeholderData: keepPreviousData,
  });
}
