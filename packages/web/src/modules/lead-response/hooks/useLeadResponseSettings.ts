import { useQuery } from '@tanstack/react-query';
import { LEAD_RESPONSE_SETTINGS_KEY, leadResponseApi } from '../api/lead-response.api.ts';

/** The first-response target of new leads. */
export function useLeadResponseSettings() {
  return useQuery({ queryKey: LEAD_RESPONSE_SETTINGS_KEY, queryFn: leadResponseApi.settings });
}
