import { useQuery } from '@tanstack/react-query';
import { leadPoolsApi, POOL_EVENTS_QUERY_KEY } from '../api/lead-pools.api.ts';

/** A lead's comings and goings through pools, newest first. */
export function usePoolEvents(leadId: number) {
  return useQuery({
    queryKey: [...POOL_EVENTS_QUERY_KEY, leadId],
    queryFn: async () => (await leadPoolsApi.events(leadId)).items,
  });
}
