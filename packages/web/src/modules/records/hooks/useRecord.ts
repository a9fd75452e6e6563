import { useQuery } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY, recordsApi } from '../api/records.api.ts';

/** One record of an object. */
export function useRecord(object: string, id: number | undefined) {
  return useQuery({
    queryKey: [...RECORDS_QUERY_KEY, object, 'one', id],
    queryFn: () => recordsApi.get(object, id as number),
    enabled: id !== undefined,
  });
}
