import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY, recordsApi } from '../../records/api/records.api.ts';
import { PIPELINES_QUERY_KEY, type Pipeline } from '../api/pipelines.api.ts';

/**
 * Changes a pipeline's own fields (name, description, active, default) through the records API at the
 * version read; making one the default unmarks the previous default on the server.
 */
export function useUpdatePipeline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      pipeline,
      values,
    }: {
      pipeline: Pipeline;
      values: Partial<Pick<Pipeline, 'name' | 'description' | 'active' | 'isDefault'>>;
    }) => recordsApi.update('pipeline', pipeline.id, pipeline.version, values),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: PIPELINES_QUERY_KEY });
      await client.invalidateQueries({ queryKey: [...RECORDS_QUERY_KEY, 'pipeline'] });
    },
  });
}
