import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict, notFound } from '../../errors.ts';
import { now } from '../../platform/clock.ts';
import { apiValuesOf } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { defaultPriceListId } from '../catalogue/catalogue-products.ts';
import { lineTotalsOf, presentLineItem } from './line-item.presenter.ts';
import { type NewLineItemRow, replaceLineItemRows, selectLineItems } from './line-item.repository.ts';
import { lineItemParentOf } from './line-item-parents.ts';
import type { LineItemInput, LineItemsOutput } from './line-items.schemas.ts';
import { type PricedLine, priceLineItems } from './price-line-items.ts';
import { isSalesContextObject, type SalesContexts } from './sales-contexts.ts';
import { writeParentTotals } from './write-parent-totals.ts';

export interface ReplaceLineItemsProps {
  /** The contexts of the viewer, built before the transaction. */
  contexts: SalesContexts;
  /** The parent's object. */
  object: string;
  recordId: number;
  lines: readonly LineItemInput[];
  /** The parent's version the caller last read; a different one is a 409. */
  version?: number;
}

/** Replaces every line of a record in one transaction of its own (see `replaceLineItemsIn`). */
export async function replaceLineItems(props: ReplaceLineItemsProps): Promise<LineItemsOutput> {
  return inRecordTransaction(props.contexts.database, (trx) => replaceLineItemsIn(trx, props));
}

/**
 * Replaces every line of a live record the viewer may update (404 otherwise, and for objects without lines)
 * on an open transaction: fills defaults from the catalogue, prices every line exactly, refuses bad lines
 * and parents whose lines are locked (409) before writing anything, then writes the lines and the parent's
 * totals through the records path. Used by the lines API and by actions that copy lines.
 */
export async function replaceLineItemsIn(
  trx: Transaction<DB>,
  { contexts, object, recordId, lines, version }: ReplaceLineItemsProps,
): Promise<LineItemsOutput> {
  const parent = lineItemParentOf(object);
  if (!parent || !isSalesContextObject(object)) throw notFound('lineItems.not_supported', { object });
  const context = contexts.of(object);
  const row = await selectRecord(
    trx,
    context.object.tableName,
    recordId,
    scopeWhere(context, 'update', 'live'),
  );
  if (!row) throw recordNotFound();
  if (version !== undefined && Number(row.version) !== version) throw conflict('common.stale_version');
  const values = apiValuesOf(context, row);
  parent.assertLinesEditable?.(values);
  const priceListId = await priceListOf(trx, values, parent.priceListField);
  const priced = await priceLineItems(trx, contexts.of('product'), lines, priceListId);
  const at = now().toISOString();
  await replaceLineItemRows(
    trx,
    object,
    recordId,
    priced.map((line, position) => toRow(line, object, recordId, position, context, at)),
  );
  const newVersion = await writeParentTotals(
    trx,
    contexts.systemOf(object),
    parent,
    { id: recordId, version: Number(row.version), values },
    priced,
  );
  const stored = await selectLineItems(trx, object, recordId);
  return {
    object,
    recordId,
    version: newVersion,
    editable: true,
    priceListId,
    lines: stored.map(presentLineItem),
    totals: lineTotalsOf(stored),
  };
}

/** The parent's own price list, else the company's default one. */
export async function priceListOf(
  db: Kysely<DB> | Transaction<DB>,
  values: Record<string, unknown>,
  field: string | undefined,
): Promise<number | null> {
  const own = field ? values[field] : null;
  if (typeof own === 'number') return own;
  return defaultPriceListId(db);
}

function toRow(
  line: PricedLine,
  object: string,
  parentId: number,
  position: number,
  context: RecordContext,
  at: string,
): NewLineItemRow {
  const units = (value: PricedLine['quantity']) => Number(value.units);
  return {
    parent_object: object,
    parent_id: parentId,
    position,
    product_id: line.productId,
    name: line.name,
    description: line.description,
    unit: line.unit,
    quantity: units(line.quantity),
    unit_price: units(line.unitPrice),
    discount_percent: units(line.discountPercent),
    tax_percent: units(line.taxPercent),
    list_amount: units(line.amounts.listAmount),
    discount_amount: units(line.amounts.discountAmount),
    net_amount: units(line.amounts.netAmount),
    tax_amount: units(line.amounts.taxAmount),
    total_amount: units(line.amounts.totalAmount),
    created_at: at,
    created_by: context.viewer.userId,
  };
}
