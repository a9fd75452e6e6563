import { useQuery } from '@tanstack/react-query';
import { LEAD_INTAKE_SETTINGS_KEY, leadFormsApi } from '../api/lead-forms.api.ts';

/** How intake treats duplicates. */
export function useLeadIntakeSettings() {
  return useQuery({ queryKey: LEAD_INTAKE_SETTINGS_KEY, queryFn: leadFormsApi.settings });
}
