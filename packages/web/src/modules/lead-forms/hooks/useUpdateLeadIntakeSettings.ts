import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LEAD_INTAKE_SETTINGS_KEY, type LeadIntakeSettings, leadFormsApi } from '../api/lead-forms.api.ts';

/** Changes how intake treats duplicates. */
export function useUpdateLeadIntakeSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<LeadIntakeSettings>) => leadFormsApi.updateSettings(input),
    onSuccess: (saved) => client.setQueryData(LEAD_INTAKE_SETTINGS_KEY, saved),
  });
}
