import { useQuery } from '@tanstack/react-query';
import { regionsApi } from '../api/regions.api.ts';

/** The query of a region's names by code, kept for the session (the data never changes). */
export const regionQuery = (code: string) => ({
  queryKey: ['regions', 'one', code],
  queryFn: () => regionsApi.get(code),
  staleTime: Number.POSITIVE_INFINITY,
});

/** A region's names by code. */
export function useRegion(code: string | null | undefined) {
  return useQuery({ ...regionQuery(code ?? ''), enabled: Boolean(code) });
}
