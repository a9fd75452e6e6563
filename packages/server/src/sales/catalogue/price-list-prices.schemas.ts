import { cnyAmountSchema } from '@lodestar/shared';
import { z } from 'zod';

/** How many prices one price list may hold (a PUT replaces them all in one request). */
export const MAX_PRICE_LIST_PRICES = 2000;

export const PriceListParams = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

export const PriceListPriceInput = z.strictObject({
  productId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  unitPrice: cnyAmountSchema
    .refine((value) => !value.startsWith('-'), { message: 'A price is not negative' })
    .describe('Unit price before tax, 元'),
});

export const ReplacePriceListPricesBody = z.strictObject({
  prices: z
    .array(PriceListPriceInput)
    .max(MAX_PRICE_LIST_PRICES)
    .describe('Every price of the list: products left out lose their price in it'),
});
export type ReplacePriceListPricesInput = z.infer<typeof ReplacePriceListPricesBody>;

export const PriceListPriceSchema = z.object({
  productId: z.number(),
  productName: z.string(),
  productCode: z.string().nullable(),
  unit: z.string().nullable(),
  listPrice: z.string().nullable().describe('The product’s own list price, 元'),
  unitPrice: z.string().describe('The price in this list, 元'),
  updatedAt: z.string(),
});
export type PriceListPriceOutput = z.infer<typeof PriceListPriceSchema>;

export const PriceListPricesSchema = z.object({
  priceListId: z.number(),
  items: z.array(PriceListPriceSchema),
});
export type PriceListPricesOutput = z.infer<typeof PriceListPricesSchema>;
