import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY, recordsApi } from '../api/records.api.ts';

interface RecordUpdate {
  id: number;
  /** The version the user edited; a newer one on the server answers 409. */
  version: number;
  values: Record<string, unknown>;
}

/** Changes fields of a record at the version the user saw. */
export function useUpdateRecord(object: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, values }: RecordUpdate) => recordsApi.update(object, id, version, values),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...RECORDS_QUERY_KEY, object] }),
  });
}
