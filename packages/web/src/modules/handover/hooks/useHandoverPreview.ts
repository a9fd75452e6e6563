import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { HANDOVER_QUERY_KEY, handoverApi } from '../api/handover.api.ts';

/** How many records of a user a handover would move, per object. */
export function useHandoverPreview(fromUserId: number, includeClosed: boolean, enabled: boolean) {
  return useQuery({
    queryKey: [...HANDOVER_QUERY_KEY, 'preview', fromUserId, includeClosed],
    queryFn: () => handoverApi.preview({ fromUserId, includeClosed }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
