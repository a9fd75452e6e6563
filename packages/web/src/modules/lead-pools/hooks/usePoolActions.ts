import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY } from '../../records/api/records.api.ts';
import {
  leadPoolsApi,
  POOL_EVENTS_QUERY_KEY,
  POOLS_QUERY_KEY,
  type PoolInput,
} from '../api/lead-pools.api.ts';

/** After anything moves leads in or out of pools: pools, their leads, lead records and pool histories. */
function useRefresh() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: POOLS_QUERY_KEY }),
      queryClient.invalidateQueries({ queryKey: POOL_EVENTS_QUERY_KEY }),
      queryClient.invalidateQueries({ queryKey: RECORDS_QUERY_KEY }),
    ]);
  };
}

/** Claims leads from a pool. */
export function useClaimLeads() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ poolId, leadIds }: { poolId: number; leadIds: number[] }) =>
      leadPoolsApi.claim(poolId, leadIds),
    onSuccess: refresh,
  });
}

/** A manager assigns pooled leads to someone. */
export function useAssignPooledLeads() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ poolId, leadIds, userId }: { poolId: number; leadIds: number[]; userId: number }) =>
      leadPoolsApi.assign(poolId, leadIds, userId),
    onSuccess: refresh,
  });
}

/** Gives a lead back to a pool with a reason. */
export function useReturnToPool() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ leadId, reason, poolId }: { leadId: number; reason: string; poolId?: number }) =>
      leadPoolsApi.returnToPool(leadId, { reason, ...(poolId !== undefined ? { poolId } : {}) }),
    onSuccess: refresh,
  });
}

/** Runs the recycle job now. */
export function useRecycleNow() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: () => leadPoolsApi.recycleNow(), onSuccess: refresh });
}

/** Creates a pool (`id` undefined) or replaces one. */
export function useSavePool() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, input }: { id?: number | undefined; input: PoolInput }) =>
      id === undefined ? leadPoolsApi.create(input) : leadPoolsApi.update(id, input),
    onSuccess: refresh,
  });
}

/** Deletes a pool. */
export function useDeletePool() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: number) => leadPoolsApi.remove(id), onSuccess: refresh });
}
