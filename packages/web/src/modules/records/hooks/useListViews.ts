import { useQuery } from '@tanstack/react-query';
import { VIEWS_QUERY_KEY, viewsApi } from '../api/views.api.ts';

/** The viewer's personal views of an object and the shared ones. */
export function useListViews(object: string, enabled = true) {
  return useQuery({
    queryKey: [...VIEWS_QUERY_KEY, object],
    queryFn: async () => (await viewsApi.list(object)).data,
    enabled,
  });
}
