import { useMutation, useQueryClient } from '@tanstack/react-query';
import { leadAssignmentApi, RULE_SETS_QUERY_KEY, type RuleSetInput } from '../api/lead-assignment.api.ts';

/** Creates a rule set (`id` undefined) or replaces one. */
export function useSaveRuleSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: number | undefined; input: RuleSetInput }) =>
      id === undefined ? leadAssignmentApi.create(input) : leadAssignmentApi.update(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: RULE_SETS_QUERY_KEY }),
  });
}
