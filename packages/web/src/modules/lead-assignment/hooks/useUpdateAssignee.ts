import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ASSIGNEES_QUERY_KEY, leadAssignmentApi } from '../api/lead-assignment.api.ts';

/** Marks a user away or available and sets their cap on open leads. */
export function useUpdateAssignee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      userId,
      input,
    }: {
      userId: number;
      input: { away: boolean; awayUntil: string | null; maxOpenLeads: number | null };
    }) => leadAssignmentApi.updateAssignee(userId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ASSIGNEES_QUERY_KEY }),
  });
}
