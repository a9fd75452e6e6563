import { useQuery } from '@tanstack/react-query';
import { leadPoolsApi, POOLS_QUERY_KEY } from '../api/lead-pools.api.ts';

/** One page of the leads waiting in a pool. */
export function usePooledLeads(poolId: number | undefined, beforeId?: number) {
  return useQuery({
    enabled: poolId !== undefined,
    queryKey: [...POOLS_QUERY_KEY, poolId, 'leads', beforeId ?? null],
    queryFn: () => leadPoolsApi.leads(poolId as number, beforeId),
  });
}
