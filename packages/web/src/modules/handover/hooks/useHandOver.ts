import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY } from '../../records/api/records.api.ts';
import { HANDOVER_QUERY_KEY, type HandoverRequest, handoverApi } from '../api/handover.api.ts';

/** Hands a user's records over to another user. */
export function useHandOver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: HandoverRequest) => handoverApi.handOver(request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: RECORDS_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: HANDOVER_QUERY_KEY });
    },
  });
}
