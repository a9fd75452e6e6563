import { parseCny } from '@lodestar/shared';
import { AppError, invalidFields } from '../../errors.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import { selectRecord } from '../../records/record.repository.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import './catalogue.messages.ts';
import { now } from '../../platform/clock.ts';
import { loadCatalogueProducts } from './catalogue-products.ts';
import { replacePriceListPriceRows, selectPriceListPrices } from './price-list-price.repository.ts';
import { fenToYuan, listPriceListPrices } from './price-list-prices.query.ts';
import type { PriceListPricesOutput, ReplacePriceListPricesInput } from './price-list-prices.schemas.ts';

export interface ReplacePriceListPricesProps {
  priceListContext: RecordContext;
  productContext: RecordContext;
  priceListId: number;
  input: ReplacePriceListPricesInput;
}

/**
 * Replaces every price of a live price list the viewer may update (404 otherwise) in one transaction.
 * A product named twice is a 400, an unknown or deleted product a 422 naming it — and nothing changes.
 * The change is audited (old → new price per product) with a `priceList.pricesChanged` event.
 */
export async function replacePriceListPrices({
  priceListContext,
  productContext,
  priceListId,
  input,
}: ReplacePriceListPricesProps): Promise<PriceListPricesOutput> {
  const seen = new Set<number>();
  input.prices.forEach((price, index) => {
    if (seen.has(price.productId)) {
      throw new AppError(400, 'common.validation_failed', {}, [
        { field: `prices.${index}.productId`, code: 'priceList.duplicate_product' },
      ]);
    }
    seen.add(price.productId);
  });
  const { database, viewer } = priceListContext;
  return inRecordTransaction(database, async (trx) => {
    const list = await selectRecord(
      trx,
      priceListContext.object.tableName,
      priceListId,
      scopeWhere(priceListContext, 'update', 'live'),
    );
    if (!list) throw recordNotFound();
    const products = await loadCatalogueProducts(trx, productContext, [...seen]);
    const unknown = input.prices.flatMap((price, index) =>
      products.has(price.productId)
        ? []
        : [
            {
              field: `prices.${index}.productId`,
              code: 'priceList.unknown_product',
              params: { id: price.productId },
            },
          ],
    );
    if (unknown.length > 0) throw invalidFields(unknown);
    const before = new Map(
      (await selectPriceListPrices(trx, priceListId)).map((row) => [
        Number(row.product_id),
        fenToYuan(Number(row.unit_price)),
      ]),
    );
    const prices = input.prices.map((price) => ({
      productId: price.productId,
      unitPrice: Number(parseCny(price.unitPrice).units),
    }));
    const at = now().toISOString();
    await replacePriceListPriceRows(trx, priceListId, prices, viewer.userId, at);
    const changes: Record<string, [string | null, string | null]> = {};
    for (const price of prices) {
      const next = fenToYuan(price.unitPrice);
      if (before.get(price.productId) !== next)
        changes[`product:${price.productId}`] = [before.get(price.productId) ?? null, next];
    }
    for (const [productId, old] of before)
      if (!seen.has(productId)) changes[`product:${productId}`] = [old, null];
    if (Object.keys(changes).length > 0) {
      await recordAudit(
        trx,
        { userId: viewer.userId, apiKeyId: viewer.apiKey?.id ?? null },
        { action: 'update', entityType: 'priceListPrices', entityId: String(priceListId), changes },
      );
      await emitEvent(trx, {
        type: 'priceList.pricesChanged',
        aggregateType: 'priceList',
        aggregateId: priceListId,
        payload: { priceListId, productIds: Object.keys(changes).map((key) => Number(key.slice(8))) },
        actorUserId: viewer.userId,
      });
    }
    return listPriceListPrices(trx, priceListContext, productContext, priceListId);
  });
}
