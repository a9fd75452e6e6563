import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY } from '../../records/api/records.api.ts';
import {
  type DedupObject,
  DUPLICATES_QUERY_KEY,
  duplicatesApi,
  type MergeRequest,
} from '../api/duplicates.api.ts';

/** Merges duplicates into a survivor; every record list may have changed (records moved between them). */
export function useMergeRecords(object: DedupObject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MergeRequest) => duplicatesApi.merge(object, request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: RECORDS_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: [...DUPLICATES_QUERY_KEY, 'check'] });
      void queryClient.invalidateQueries({ queryKey: [...DUPLICATES_QUERY_KEY, 'of'] });
      // The preview names records that are now in the recycle bin: never ask for it again.
      queryClient.removeQueries({ queryKey: [...DUPLICATES_QUERY_KEY, 'merge-preview'] });
    },
  });
}
