import { useQuery } from '@tanstack/react-query';
import { LEAD_FORMS_QUERY_KEY, leadFormsApi } from '../api/lead-forms.api.ts';

/** Every web-to-lead form. */
export function useLeadForms() {
  return useQuery({ queryKey: LEAD_FORMS_QUERY_KEY, queryFn: leadFormsApi.list });
}
