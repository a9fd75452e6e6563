import { useQuery } from '@tanstack/react-query';
import { nurturingApi, SEQUENCES_QUERY_KEY } from '../api/nurturing.api.ts';

/** Every drip sequence, by name. */
export function useSequences(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: SEQUENCES_QUERY_KEY,
    queryFn: async () => (await nurturingApi.sequences()).items,
    enabled: options.enabled ?? true,
  });
}
