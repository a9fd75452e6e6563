import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lineItemsApi, lineItemsKey } from '../api/line-items.api.ts';

/**
 * The lines of a record with their totals, the record's version and whether they may change now, read
 * again whenever the record's `version` moves (so a save never carries a version the form already spent).
 */
export function useLineItems(object: string, id: number, version: number) {
  return useQuery({
    queryKey: lineItemsKey(object, id, version),
    queryFn: () => lineItemsApi.get(object, id),
    placeholderData: keepPreviousData,
  });
}
