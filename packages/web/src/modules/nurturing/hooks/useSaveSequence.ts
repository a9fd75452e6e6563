import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EMAIL_TEMPLATES_QUERY_KEY } from '../api/email.api.ts';
import {
  NURTURING_QUERY_KEY,
  nurturingApi,
  SEQUENCES_QUERY_KEY,
  type SequenceInput,
} from '../api/nurturing.api.ts';

/** Creates a sequence (`id` null) or replaces one; templates' use counts and leads' nurturing change too. */
export function useSaveSequence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: SequenceInput }) =>
      id === null ? nurturingApi.createSequence(input) : nurturingApi.updateSequence(id, input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: SEQUENCES_QUERY_KEY }),
        client.invalidateQueries({ queryKey: EMAIL_TEMPLATES_QUERY_KEY }),
        client.invalidateQueries({ queryKey: NURTURING_QUERY_KEY }),
      ]),
  });
}
