import { useQuery } from '@tanstack/react-query';
import { FOLLOW_UP_RULES_KEY, followUpRulesApi } from '../api/follow-up-rules.api.ts';

/** The company's follow-up rules. */
export function useFollowUpRules() {
  return useQuery({ queryKey: FOLLOW_UP_RULES_KEY, queryFn: followUpRulesApi.get });
}
