import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PIPELINES_QUERY_KEY, pipelinesApi, type StageInput } from '../api/pipelines.api.ts';

/** Saves a pipeline's whole stage list in its order, then refreshes the pipelines. */
export function useSaveStages() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pipelineId, stages }: { pipelineId: number; stages: StageInput[] }) =>
      pipelinesApi.saveStages(pipelineId, stages),
    onSettled: () => client.invalidateQueries({ queryKey: PIPELINES_QUERY_KEY }),
  });
}
