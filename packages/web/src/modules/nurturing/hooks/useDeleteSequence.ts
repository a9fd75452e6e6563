import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EMAIL_TEMPLATES_QUERY_KEY } from '../api/email.api.ts';
import { NURTURING_QUERY_KEY, nurturingApi, SEQUENCES_QUERY_KEY } from '../api/nurturing.api.ts';

/** Deletes a sequence; its leads stop. */
export function useDeleteSequence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => nurturingApi.deleteSequence(id),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: SEQUENCES_QUERY_KEY }),
        client.invalidateQueries({ queryKey: EMAIL_TEMPLATES_QUERY_KEY }),
        client.invalidateQueries({ queryKey: NURTURING_QUERY_KEY }),
      ]),
  });
}
