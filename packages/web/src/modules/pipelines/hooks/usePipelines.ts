import { useQuery } from '@tanstack/react-query';
import { PIPELINES_QUERY_KEY, pipelinesApi } from '../api/pipelines.api.ts';

/** Every live pipeline with its stages, the default first (everyone may read them), cached for a minute. */
export function usePipelines() {
  return useQuery({
    queryKey: PIPELINES_QUERY_KEY,
    queryFn: pipelinesApi.list,
    staleTime: 60_000,
    select: (data) => data.items,
  });
}
