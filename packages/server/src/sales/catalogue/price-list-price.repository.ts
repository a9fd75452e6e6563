import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

export interface PriceListPriceRow {
  product_id: number;
  unit_price: number;
  updated_at: string;
}

/** The prices of a price list, by product id. */
export async function selectPriceListPrices(db: AnyDb, priceListId: number): Promise<PriceListPriceRow[]> {
  return db
    .selectFrom('price_list_prices')
    .select(['product_id', 'unit_price', 'updated_at'])
    .where('price_list_id', '=', priceListId)
    .orderBy('product_id')
    .execute();
}

/** The prices of some products in one price list (fen by product id). */
export async function selectPricesOf(
  db: AnyDb,
  priceListId: number,
  productIds: readonly number[],
): Promise<Map<number, number>> {
  if (productIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('price_list_prices')
    .select(['product_id', 'unit_price'])
    .where('price_list_id', '=', priceListId)
    .where('product_id', 'in', [...productIds])
    .execute();
  return new Map(rows.map((row) => [Number(row.product_id), Number(row.unit_price)]));
}

/** The prices a product has, by price list id. */
export async function selectPricesOfProduct(db: AnyDb, productId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('price_list_prices')
    .select(['price_list_id', 'unit_price'])
    .where('product_id', '=', productId)
    .execute();
  return new Map(rows.map((row) => [Number(row.price_list_id), Number(row.unit_price)]));
}

/** Replaces every price of a price list. */
export async function replacePriceListPriceRows(
  trx: Transaction<DB>,
  priceListId: number,
  prices: ReadonlyArray<{ productId: number; unitPrice: number }>,
  userId: number,
  at: string,
): Promise<void> {
  await trx.deleteFrom('price_list_prices').where('price_list_id', '=', priceListId).execute();
  if (prices.length === 0) return;
  await trx
    .insertInto('price_list_prices')
    .values(
      prices.map((price) => ({
        price_list_id: priceListId,
        product_id: price.productId,
        unit_price: price.unitPrice,
        updated_at: at,
        updated_by: userId,
      })),
    )
    .execute();
}
