import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LEAD_FORMS_QUERY_KEY, leadFormsApi } from '../api/lead-forms.api.ts';

/** Gives a form a new public token (the old snippet stops working). */
export function useRegenerateLeadFormToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => leadFormsApi.regenerateToken(id),
    onSuccess: async (saved) => {
      client.setQueryData([...LEAD_FORMS_QUERY_KEY, saved.id], saved);
      await client.invalidateQueries({ queryKey: LEAD_FORMS_QUERY_KEY, exact: true });
    },
  });
}
