import { useQuery } from '@tanstack/react-query';
import { leadAssignmentApi, RULE_SETS_QUERY_KEY } from '../api/lead-assignment.api.ts';

/** Every lead assignment rule set with its ordered rules. */
export function useRuleSets() {
  return useQuery({
    queryKey: RULE_SETS_QUERY_KEY,
    queryFn: async () => (await leadAssignmentApi.ruleSets()).items,
  });
}
