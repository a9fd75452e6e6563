import { useQuery } from '@tanstack/react-query';
import { type DedupObject, DUPLICATES_QUERY_KEY, duplicatesApi } from '../api/duplicates.api.ts';

/** Records of the same object that may be duplicates of an existing record. */
export function useRecordDuplicates(object: DedupObject, id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...DUPLICATES_QUERY_KEY, 'of', object, id],
    queryFn: () => duplicatesApi.ofRecord(object, id),
    enabled,
  });
}
