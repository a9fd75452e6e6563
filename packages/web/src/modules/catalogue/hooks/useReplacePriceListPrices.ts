import { useMutation, useQueryClient } from '@tanstack/react-query';
import { catalogueApi, priceListPricesKey } from '../api/catalogue.api.ts';

/** Saves a price list's whole price table; the answer becomes the cached table. */
export function useReplacePriceListPrices(priceListId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (prices: Array<{ productId: number; unitPrice: string }>) =>
      catalogueApi.replacePrices(priceListId, prices),
    onSuccess: (saved) => queryClient.setQueryData(priceListPricesKey(priceListId), saved),
  });
}
