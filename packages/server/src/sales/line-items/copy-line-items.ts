import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { presentLineItem } from './line-item.presenter.ts';
import { selectLineItems } from './line-item.repository.ts';
import type { LineItemsOutput } from './line-items.schemas.ts';
import { replaceLineItemsIn } from './replace-line-items.command.ts';
import type { SalesContexts } from './sales-contexts.ts';

/** A record that has lines. */
export interface LineItemOwner {
  object: string;
  id: number;
}

/**
 * Copies the lines of one record onto another, on the caller's transaction, exactly as they are (product,
 * name, unit, quantity, price, discount and tax — no price list defaults are applied again), replacing the
 * target's lines and writing its totals through the records path. The source is read as stored (the caller
 * checked the viewer may read it); the target must be a record the contexts' viewer may update, whose
 * lines are not locked. Build the contexts with `loadSalesContexts` before the transaction. Used to start a quote from an opportunity and a contract from a quote.
 * @example await copyLines(trx, contexts, { object: 'quote', id: 7 }, { object: 'contract', id: 3 })
 */
export async function copyLines(
  trx: Transaction<DB>,
  contexts: SalesContexts,
  from: LineItemOwner,
  to: LineItemOwner,
): Promise<LineItemsOutput> {
  const source = (await selectLineItems(trx, from.object, from.id)).map(presentLineItem);
  return replaceLineItemsIn(trx, {
    contexts,
    object: to.object,
    recordId: to.id,
    lines: source.map((line) => ({
      productId: line.productId,
      name: line.name,
      description: line.description,
      unit: line.unit,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      taxPercent: line.taxPercent,
    })),
  });
}
