import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReportFilter, SALES_REPORTS_QUERY_KEY, salesReportsApi } from '../api/sales-reports.api.ts';

/** The weighted forecast for the filter (within the viewer's data scope). */
export function useForecast(filter: ReportFilter) {
  return useQuery({
    queryKey: [...SALES_REPORTS_QUERY_KEY, 'forecast', filter],
    queryFn: () => salesReportsApi.forecast(filter),
    placeholderData: keepPreviousData,
  });
}
