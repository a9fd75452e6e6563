import { z } from 'zod';

/** How many lines one record may have (a PUT replaces them all in one request). */
export const MAX_LINES = 200;

const DecimalInput = z
  .union([z.string().max(40), z.number()])
  .describe('A decimal as text (preferred, e.g. "2.5") or a JSON number');

export const LineItemInput = z.strictObject({
  productId: z
    .number()
    .int()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
    .nullable()
    .optional()
    .describe('A catalogue product; name, unit, price and tax rate default from it'),
  name: z.string().trim().max(200).optional().describe('Defaults to the product’s name'),
  description: z.string().trim().max(2000).nullable().optional(),
  unit: z.string().trim().max(20).nullable().optional().describe('Defaults to the product’s unit'),
  quantity: DecimalInput.describe('Non-negative, at most 4 fraction digits'),
  unitPrice: DecimalInput.nullable()
    .optional()
    .describe(
      'Price of one unit before discount and tax, 元, at most 2 fraction digits. Left out: the price in the parent’s price list (else the default price list), else the product’s list price',
    ),
  discountPercent: DecimalInput.optional().describe('0–100, at most 2 fraction digits; default 0'),
  taxPercent: DecimalInput.nullable()
    .optional()
    .describe('0–100, at most 2 fraction digits; default the product’s tax rate, else 0'),
});
export type LineItemInput = z.infer<typeof LineItemInput>;

export const ReplaceLineItemsBody = z.strictObject({
  lines: z
    .array(LineItemInput)
    .max(MAX_LINES)
    .describe(`Every line of the record, in order (at most ${MAX_LINES})`),
  version: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('The parent’s `version` as last read: a stale one is a 409 and changes nothing'),
});
export type ReplaceLineItemsInput = z.infer<typeof ReplaceLineItemsBody>;

export const LineItemParams = z.object({
  object: z.string().min(1).max(64),
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

const Amount = z.string().describe('元, two fraction digits');

export const LineItemSchema = z.object({
  id: z.number(),
  position: z.number(),
  productId: z.number().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  unit: z.string().nullable(),
  quantity: z.string().describe('Exact decimal, trailing zeros removed'),
  unitPrice: Amount,
  discountPercent: z.string(),
  taxPercent: z.string(),
  listAmount: Amount.describe('quantity × unit price'),
  discountAmount: Amount,
  netAmount: Amount.describe('After discount, before tax (金额)'),
  taxAmount: Amount,
  totalAmount: Amount.describe('Net + tax (价税合计)'),
});
export type LineItemOutput = z.infer<typeof LineItemSchema>;

export const LineTotalsSchema = z.object({
  subtotal: Amount.describe('Σ list amounts'),
  discountTotal: Amount,
  netTotal: Amount,
  taxTotal: Amount,
  grandTotal: Amount.describe('Σ line totals (价税合计)'),
  maxDiscount: z.string().describe('The largest line discount, percent'),
});

export const LineItemsSchema = z.object({
  object: z.string(),
  recordId: z.number(),
  version: z.number().describe('The parent’s version after the lines were read or written'),
  editable: z.boolean().describe('Whether the lines may change in the parent’s current state'),
  priceListId: z.number().nullable().describe('The price list new lines are priced from, if any'),
  lines: z.array(LineItemSchema),
  totals: LineTotalsSchema,
});
export type LineItemsOutput = z.infer<typeof LineItemsSchema>;
