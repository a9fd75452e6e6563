import { useQuery } from '@tanstack/react-query';
import { lineItemsApi, lineItemsKey } from '../api/line-items.api.ts';

/** The lines of a record with their totals, its version and whether they may change now. */
export function useLineItems(object: string, id: number) {
  return useQuery({ queryKey: lineItemsKey(object, id), queryFn: () => lineItemsApi.get(object, id) });
}
