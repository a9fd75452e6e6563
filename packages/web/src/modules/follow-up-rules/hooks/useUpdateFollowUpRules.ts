import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FOLLOW_UP_RULES_KEY, type FollowUpRules, followUpRulesApi } from '../api/follow-up-rules.api.ts';

/** Changes the follow-up rules. */
export function useUpdateFollowUpRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<FollowUpRules>) => followUpRulesApi.update(input),
    onSuccess: (saved) => queryClient.setQueryData(FOLLOW_UP_RULES_KEY, saved),
  });
}
