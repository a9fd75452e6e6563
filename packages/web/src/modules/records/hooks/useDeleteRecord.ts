import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY, recordsApi } from '../api/records.api.ts';

/** Moves a record to the recycle bin. */
export function useDeleteRecord(object: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => recordsApi.remove(object, id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...RECORDS_QUERY_KEY, object] }),
  });
}
