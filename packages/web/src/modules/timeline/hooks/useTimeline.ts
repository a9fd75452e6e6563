import { useInfiniteQuery } from '@tanstack/react-query';
import { type AnchorObject, TIMELINE_QUERY_KEY, timelineApi } from '../api/timeline.api.ts';

/** A record's timeline, newest first, a page at a time (`fetchNextPage` loads older entries). */
export function useTimeline(object: AnchorObject, id: number) {
  return useInfiniteQuery({
    queryKey: [...TIMELINE_QUERY_KEY, object, id],
    queryFn: ({ pageParam }) => timelineApi.page(object, id, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
