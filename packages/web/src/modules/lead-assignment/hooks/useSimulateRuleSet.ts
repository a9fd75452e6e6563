import type { ConditionNode } from '@lodestar/shared';
import { useMutation } from '@tanstack/react-query';
import { leadAssignmentApi } from '../api/lead-assignment.api.ts';

/** Runs a saved rule set over existing leads; changes nothing. */
export function useSimulateRuleSet() {
  return useMutation({
    mutationFn: ({ id, filter, limit }: { id: number; filter: ConditionNode | null; limit: number }) =>
      leadAssignmentApi.simulate(id, { filter, limit }),
  });
}
