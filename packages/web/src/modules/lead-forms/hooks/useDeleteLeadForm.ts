import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LEAD_FORMS_QUERY_KEY, leadFormsApi } from '../api/lead-forms.api.ts';

/** Deletes a form (its leads stay), then refreshes the forms. */
export function useDeleteLeadForm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => leadFormsApi.delete(id),
    onSuccess: () => client.invalidateQueries({ queryKey: LEAD_FORMS_QUERY_KEY }),
  });
}
