import { useQuery } from '@tanstack/react-query';
import { leadPoolsApi, POOLS_QUERY_KEY } from '../api/lead-pools.api.ts';

/** The pools the user sees (all, for settings administrators), with their standing in each. */
export function usePools({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    enabled,
    queryKey: POOLS_QUERY_KEY,
    queryFn: async () => (await leadPoolsApi.list()).items,
  });
}
