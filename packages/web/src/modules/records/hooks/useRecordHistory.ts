import { useQuery } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY, recordsApi } from '../api/records.api.ts';

/** The field changes of a record, newest first as the server sends them. */
export function useRecordHistory(object: string, id: number) {
  return useQuery({
    queryKey: [...RECORDS_QUERY_KEY, object, 'history', id],
    queryFn: async () => (await recordsApi.history(object, id)).items,
  });
}
