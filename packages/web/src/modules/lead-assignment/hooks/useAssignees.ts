import { useQuery } from '@tanstack/react-query';
import { ASSIGNEES_QUERY_KEY, leadAssignmentApi } from '../api/lead-assignment.api.ts';

/** Every user's availability for leads, cap and open leads. */
export function useAssignees() {
  return useQuery({
    queryKey: ASSIGNEES_QUERY_KEY,
    queryFn: async () => (await leadAssignmentApi.assignees()).items,
  });
}
