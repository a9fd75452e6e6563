import { useQuery } from '@tanstack/react-query';
import { leadPoolsApi, POOLS_QUERY_KEY } from '../api/lead-pools.api.ts';

/** What the next recycle run will take back into a pool (its managers). */
export function useRecyclePreview(poolId: number, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: [...POOLS_QUERY_KEY, poolId, 'recycle-preview'],
    queryFn: () => leadPoolsApi.preview(poolId),
  });
}
