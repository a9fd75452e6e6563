import { useQuery } from '@tanstack/react-query';
import { catalogueApi, priceListPricesKey } from '../api/catalogue.api.ts';

/** The prices of a price list (none while `priceListId` is null). */
export function usePriceListPrices(priceListId: number | null) {
  return useQuery({
    queryKey: priceListPricesKey(priceListId),
    queryFn: () => catalogueApi.prices(priceListId as number),
    enabled: priceListId !== null,
  });
}
