import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordsApi } from '../../records/api/records.api.ts';
import { PIPELINES_QUERY_KEY } from '../api/pipelines.api.ts';

/** Moves an unused pipeline (and its stages) to the recycle bin. */
export function useDeletePipeline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (pipelineId: number) => recordsApi.remove('pipeline', pipelineId),
    onSettled: () => client.invalidateQueries({ queryKey: PIPELINES_QUERY_KEY }),
  });
}
