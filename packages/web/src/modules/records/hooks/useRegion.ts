import { useQuery } from '@tanstack/react-query';
import { regionsApi } from '../api/regions.api.ts';

/** A region's names by code; the data never changes during a session. */
export function useRegion(code: string | null | undefined) {
  return useQuery({
    queryKey: ['regions', 'one', code],
    queryFn: () => regionsApi.get(code as string),
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
