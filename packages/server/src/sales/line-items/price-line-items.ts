import {
  Decimal,
  type LineAmounts,
  priceQuoteLine,
  QuoteLineError,
  type QuoteNumberInput,
} from '@lodestar/shared';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { invalidFields, invalidInput } from '../../errors.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { loadCatalogueProducts } from '../catalogue/catalogue-products.ts';
import { selectPricesOf } from '../catalogue/price-list-price.repository.ts';
import type { LineItemInput } from './line-items.schemas.ts';
import './line-items.messages.ts';

/** A line with its defaults filled in and its numbers checked, ready to store. */
export interface PricedLine {
  productId: number | null;
  name: string;
  description: string | null;
  unit: string | null;
  quantity: Decimal;
  unitPrice: Decimal;
  discountPercent: Decimal;
  taxPercent: Decimal;
  amounts: LineAmounts;
}

type Problem = { field: string; code: string; params?: Record<string, unknown> };

/** A JSON number as the decimal people typed (`0.1` → `"0.1"`); text as is. */
const asText = (value: string | number) => (typeof value === 'number' ? String(value) : value);

/**
 * Fills each line's defaults from the catalogue and prices it with the rule of `computeQuoteTotals` (exact
 * decimals, net and tax rounded half-up to the 分 per line). Name and unit default from the product; the
 * unit price from the price list (when the product has a price there), else the product's list price; the
 * tax rate from the product, else 0. Refuses, before anything is written: an unknown or deleted product
 * (422), a line with neither product nor name, or with no price to default to, and numbers that are
 * negative, malformed, too precise or percentages above 100 (400) — every problem named by its field path.
 */
export async function priceLineItems(
  trx: Transaction<DB>,
  productContext: RecordContext,
  inputs: readonly LineItemInput[],
  priceListId: number | null,
): Promise<PricedLine[]> {
  const productIds = inputs.flatMap((line) => (line.productId ? [line.productId] : []));
  const products = await loadCatalogueProducts(trx, productContext, productIds);
  const unknown: Problem[] = inputs.flatMap((line, index) =>
    line.productId && !products.has(line.productId)
      ? [
          {
            field: `lines.${index}.productId`,
            code: 'lineItems.unknown_product',
            params: { id: line.productId },
          },
        ]
      : [],
  );
  if (unknown.length > 0) throw invalidFields(unknown);
  const listPrices =
    priceListId === null ? new Map<number, number>() : await selectPricesOf(trx, priceListId, productIds);

  const problems: Problem[] = [];
  const priced: PricedLine[] = [];
  inputs.forEach((line, index) => {
    const product = line.productId ? products.get(line.productId) : undefined;
    const name = line.name || product?.name;
    if (!name) problems.push({ field: `lines.${index}.name`, code: 'lineItems.name_required' });
    const listPriceFen = product ? listPrices.get(product.id) : undefined;
    const unitPrice: QuoteNumberInput | null =
      line.unitPrice != null
        ? asText(line.unitPrice)
        : listPriceFen !== undefined
          ? Decimal.fromUnits(BigInt(listPriceFen), 2)
          : (product?.listPrice ?? null);
    if (unitPrice === null)
      problems.push({ field: `lines.${index}.unitPrice`, code: 'lineItems.price_required' });
    const input = {
      quantity: asText(line.quantity),
      unitPrice: unitPrice ?? '0',
      discountPercent: asText(line.discountPercent ?? '0'),
      taxPercent: line.taxPercent != null ? asText(line.taxPercent) : String(product?.taxRate ?? 0),
    };
    let amounts: LineAmounts;
    try {
      amounts = priceQuoteLine(input, index);
    } catch (error) {
      if (!(error instanceof QuoteLineError)) throw error;
      problems.push({ field: error.path, code: error.code, params: error.params });
      return;
    }
    priced.push({
      productId: product?.id ?? null,
      name: name ?? '',
      description: line.description || null,
      unit: line.unit || product?.unit || null,
      quantity: exact(input.quantity, 4),
      unitPrice: exact(input.unitPrice, 2),
      discountPercent: exact(input.discountPercent, 2),
      taxPercent: exact(input.taxPercent, 2),
      amounts,
    });
  });
  if (problems.length > 0) throw invalidInput(problems);
  return priced;
}

/** A number `priceQuoteLine` accepted, at the scale it is stored with. */
function exact(value: QuoteNumberInput, scale: number): Decimal {
  const decimal = value instanceof Decimal ? value : Decimal.parse(String(value));
  return decimal.round(scale);
}
