import { Decimal } from '@lodestar/shared';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { selectRecord } from '../../records/record.repository.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { loadCatalogueProducts } from './catalogue-products.ts';
import { selectPriceListPrices } from './price-list-price.repository.ts';
import type { PriceListPricesOutput } from './price-list-prices.schemas.ts';

/** A fen amount as the API writes it: `123456` → `"1234.56"`. */
export const fenToYuan = (fen: number) => Decimal.fromUnits(BigInt(fen), 2).toString();

/**
 * The prices of a live price list the viewer may read (404 otherwise), with their live products, ordered
 * by product code then name. Prices of products deleted since are left out.
 */
export async function listPriceListPrices(
  db: Kysely<DB> | Transaction<DB>,
  priceListContext: RecordContext,
  productContext: RecordContext,
  priceListId: number,
): Promise<PriceListPricesOutput> {
  const list = await selectRecord(
    db,
    priceListContext.object.tableName,
    priceListId,
    scopeWhere(priceListContext, 'read', 'live'),
  );
  if (!list) throw recordNotFound();
  const rows = await selectPriceListPrices(db, priceListId);
  const products = await loadCatalogueProducts(
    db,
    productContext,
    rows.map((row) => Number(row.product_id)),
  );
  const items = rows.flatMap((row) => {
    const product = products.get(Number(row.product_id));
    if (!product) return [];
    return [
      {
        productId: product.id,
        productName: product.name,
        productCode: product.code,
        unit: product.unit,
        listPrice: product.listPrice,
        unitPrice: fenToYuan(Number(row.unit_price)),
        updatedAt: row.updated_at,
      },
    ];
  });
  items.sort(
    (a, b) =>
      (a.productCode ?? '\uffff').localeCompare(b.productCode ?? '\uffff') ||
      a.productName.localeCompare(b.productName, 'zh-CN'),
  );
  return { priceListId, items };
}
