import { useQuery } from '@tanstack/react-query';
import { LEAD_FORMS_QUERY_KEY, leadFormsApi } from '../api/lead-forms.api.ts';

/** One web-to-lead form (nothing is fetched for a new one). */
export function useLeadForm(id: number | null) {
  return useQuery({
    queryKey: [...LEAD_FORMS_QUERY_KEY, id],
    queryFn: () => leadFormsApi.get(id!),
    enabled: id !== null,
  });
}
