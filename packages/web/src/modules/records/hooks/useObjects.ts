import { useQuery } from '@tanstack/react-query';
import { OBJECTS_QUERY_KEY, objectsApi } from '../api/objects.api.ts';

/** Every object with its fields; metadata changes rarely, so it stays fresh for a minute. */
export function useObjects({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    enabled,
    queryKey: OBJECTS_QUERY_KEY,
    queryFn: async () => (await objectsApi.list()).items,
    staleTime: 60_000,
  });
}
