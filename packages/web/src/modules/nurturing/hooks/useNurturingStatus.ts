import { useQuery } from '@tanstack/react-query';
import { NURTURING_QUERY_KEY, nurturingApi } from '../api/nurturing.api.ts';

/** Where the listed pooled leads stand in nurturing, by lead id. */
export function useNurturingStatus(leadIds: number[]) {
  return useQuery({
    queryKey: [...NURTURING_QUERY_KEY, 'status', leadIds],
    queryFn: async () =>
      new Map((await nurturingApi.status(leadIds)).items.map((item) => [item.leadId, item])),
    enabled: leadIds.length > 0,
  });
}
