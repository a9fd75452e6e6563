import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  LEAD_RESPONSE_SETTINGS_KEY,
  type LeadResponseSettings,
  leadResponseApi,
} from '../api/lead-response.api.ts';

/** Changes the first-response target. */
export function useUpdateLeadResponseSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<LeadResponseSettings>) => leadResponseApi.updateSettings(input),
    onSuccess: (saved) => queryClient.setQueryData(LEAD_RESPONSE_SETTINGS_KEY, saved),
  });
}
