import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY, recordsApi } from '../api/records.api.ts';

/** Creates a record of an object. */
export function useCreateRecord(object: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: Record<string, unknown>) => recordsApi.create(object, values),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...RECORDS_QUERY_KEY, object] }),
  });
}
