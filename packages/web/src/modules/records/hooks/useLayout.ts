import { useQuery } from '@tanstack/react-query';
import { layoutApi, layoutQueryKey } from '../api/layout.api.ts';

/** The record layout of an object: the viewer's sections, or every section with `all` (the designer). */
export function useLayout(object: string, { all = false, enabled = true } = {}) {
  return useQuery({
    queryKey: layoutQueryKey(object, all),
    queryFn: () => layoutApi.get(object, all),
    staleTime: 60_000,
    enabled,
  });
}
