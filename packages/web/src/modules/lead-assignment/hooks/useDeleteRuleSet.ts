import { useMutation, useQueryClient } from '@tanstack/react-query';
import { leadAssignmentApi, RULE_SETS_QUERY_KEY } from '../api/lead-assignment.api.ts';

/** Deletes a rule set. */
export function useDeleteRuleSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => leadAssignmentApi.remove(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: RULE_SETS_QUERY_KEY }),
  });
}
