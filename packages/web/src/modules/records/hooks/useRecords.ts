import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY, type RecordListQuery, recordsApi } from '../api/records.api.ts';

/** One page of an object's records matching search, filter and sort. */
export function useRecords(object: string, query: RecordListQuery, enabled = true) {
  return useQuery({
    queryKey: [...RECORDS_QUERY_KEY, object, 'list', query],
    queryFn: () => recordsApi.list(object, query),
    placeholderData: keepPreviousData,
    enabled,
  });
}
