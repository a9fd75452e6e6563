import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  LEAD_FORMS_QUERY_KEY,
  type LeadForm,
  type LeadFormInput,
  leadFormsApi,
} from '../api/lead-forms.api.ts';

/** Creates a form (no `id`) or changes one on the version it was read at, then refreshes the forms. */
export function useSaveLeadForm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: number | null; version: number; input: LeadFormInput }) =>
      id === null ? leadFormsApi.create(input) : leadFormsApi.update(id, { ...input, version }),
    onSuccess: async (saved: LeadForm) => {
      client.setQueryData([...LEAD_FORMS_QUERY_KEY, saved.id], saved);
      await client.invalidateQueries({ queryKey: LEAD_FORMS_QUERY_KEY, exact: true });
    },
  });
}
