import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type BulkUpdate, RECORDS_QUERY_KEY, recordsApi } from '../api/records.api.ts';

/** Bulk update or delete of records (all or nothing), through the bulk API. */
export function useBulkRecords(object: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { update?: BulkUpdate[]; delete?: number[] }) => recordsApi.bulk(object, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...RECORDS_QUERY_KEY, object] }),
  });
}
