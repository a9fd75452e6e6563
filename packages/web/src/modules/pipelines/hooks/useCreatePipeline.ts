import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PIPELINES_QUERY_KEY, pipelinesApi } from '../api/pipelines.api.ts';

/** Creates a pipeline with its stages, then refreshes the pipelines. */
export function useCreatePipeline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: pipelinesApi.create,
    onSuccess: () => client.invalidateQueries({ queryKey: PIPELINES_QUERY_KEY }),
  });
}
