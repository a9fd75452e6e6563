import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReportFilter, SALES_REPORTS_QUERY_KEY, salesReportsApi } from '../api/sales-reports.api.ts';

/** The sales funnel for the filter (within the viewer's data scope). */
export function useFunnel(filter: ReportFilter) {
  return useQuery({
    queryKey: [...SALES_REPORTS_QUERY_KEY, 'funnel', filter],
    queryFn: () => salesReportsApi.funnel(filter),
    placeholderData: keepPreviousData,
  });
}
