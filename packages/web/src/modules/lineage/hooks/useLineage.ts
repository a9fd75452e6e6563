import { useQuery } from '@tanstack/react-query';
import { LINEAGE_QUERY_KEY, lineageApi } from '../api/lineage.api.ts';

/** The chain of a record back to its lead; `version` refetches it when the record changed. */
export function useLineage(object: string, id: number, version: number) {
  return useQuery({
    queryKey: [...LINEAGE_QUERY_KEY, object, id, version],
    queryFn: () => lineageApi.get(object, id),
  });
}
