import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  LEAD_RESPONSE_REPORT_KEY,
  leadResponseApi,
  type ResponseGrouping,
} from '../api/lead-response.api.ts';

/** The first-response report for a grouping and a period of creation days. */
export function useLeadResponseReport(query: { groupBy: ResponseGrouping; from?: string; to?: string }) {
  return useQuery({
    queryKey: [...LEAD_RESPONSE_REPORT_KEY, query],
    queryFn: () => leadResponseApi.report(query),
    placeholderData: keepPreviousData,
  });
}
