import { useQuery } from '@tanstack/react-query';
import { NURTURING_QUERY_KEY, nurturingApi } from '../api/nurturing.api.ts';

/** A lead's nurturing: its sequence, unsubscribing and emails. */
export function useLeadNurturing(leadId: number, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    enabled,
    queryKey: [...NURTURING_QUERY_KEY, leadId],
    queryFn: () => nurturingApi.lead(leadId),
  });
}
