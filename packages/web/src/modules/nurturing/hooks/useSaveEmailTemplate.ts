import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EMAIL_TEMPLATES_QUERY_KEY, type EmailTemplateInput, emailApi } from '../api/email.api.ts';

/** Creates a template (`id` null) or replaces one, then refreshes the list. */
export function useSaveEmailTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: EmailTemplateInput }) =>
      id === null ? emailApi.createTemplate(input) : emailApi.updateTemplate(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: EMAIL_TEMPLATES_QUERY_KEY }),
  });
}
