import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EMAIL_TEMPLATES_QUERY_KEY, emailApi } from '../api/email.api.ts';

/** Deletes a template no sequence uses. */
export function useDeleteEmailTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => emailApi.deleteTemplate(id),
    onSuccess: () => client.invalidateQueries({ queryKey: EMAIL_TEMPLATES_QUERY_KEY }),
  });
}
