import { useQuery } from '@tanstack/react-query';
import { type DedupObject, DUPLICATES_QUERY_KEY, duplicatesApi } from '../api/duplicates.api.ts';

/** The side-by-side preview of merging `duplicateIds` into `survivorId` (none while no duplicate is chosen). */
export function useMergePreview(object: DedupObject, survivorId: number, duplicateIds: number[]) {
  return useQuery({
    queryKey: [...DUPLICATES_QUERY_KEY, 'merge-preview', object, survivorId, duplicateIds],
    queryFn: () => duplicatesApi.mergePreview(object, survivorId, duplicateIds),
    enabled: duplicateIds.length > 0,
    retry: false,
  });
}
