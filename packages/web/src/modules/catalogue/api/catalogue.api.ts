import { api } from '../../../api/client.ts';

/** A product's price in a price list, as `GET /price-lists/{id}/prices` lists it (amounts in 元). */
export interface PriceListPrice {
  productId: number;
  productName: string;
  productCode: string | null;
  unit: string | null;
  listPrice: string | null;
  unitPrice: string;
  updatedAt: string;
}

export interface PriceListPrices {
  priceListId: number;
  items: PriceListPrice[];
}

export const catalogueApi = {
  prices: (priceListId: number) => api.get<PriceListPrices>(`/price-lists/${priceListId}/prices`),
  /** Replaces every price of the list; products left out lose their price in it. */
  replacePrices: (priceListId: number, prices: Array<{ productId: number; unitPrice: string }>) =>
    api.put<PriceListPrices>(`/price-lists/${priceListId}/prices`, { prices }),
};

export const priceListPricesKey = (priceListId: number | null) => ['price-list-prices', priceListId] as const;
