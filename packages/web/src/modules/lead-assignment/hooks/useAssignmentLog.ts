import { useQuery } from '@tanstack/react-query';
import { ASSIGNMENT_LOG_QUERY_KEY, leadAssignmentApi } from '../api/lead-assignment.api.ts';

/** A lead's assignments, newest first. */
export function useAssignmentLog(leadId: number) {
  return useQuery({
    queryKey: [...ASSIGNMENT_LOG_QUERY_KEY, leadId],
    queryFn: async () => (await leadAssignmentApi.log(leadId)).items,
  });
}
