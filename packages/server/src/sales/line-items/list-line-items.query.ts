import { notFound } from '../../errors.ts';
import { apiValuesOf } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { lineTotalsOf, presentLineItem } from './line-item.presenter.ts';
import { selectLineItems } from './line-item.repository.ts';
import { type LineItemParent, lineItemParentOf } from './line-item-parents.ts';
import type { LineItemsOutput } from './line-items.schemas.ts';
import { priceListOf } from './replace-line-items.command.ts';

/** The lines of a live record the viewer may read (404 otherwise), their totals, and whether they may change. */
export async function listLineItems(context: RecordContext, recordId: number): Promise<LineItemsOutput> {
  const object = context.object.apiName;
  const parent = lineItemParentOf(object);
  if (!parent) throw notFound('lineItems.not_supported', { object });
  const db = context.database.db;
  const row = await selectRecord(db, context.object.tableName, recordId, scopeWhere(context, 'read', 'live'));
  if (!row) throw recordNotFound();
  const values = apiValuesOf(context, row);
  const rows = await selectLineItems(db, object, recordId);
  return {
    object,
    recordId,
    version: Number(row.version),
    editable: linesEditable(parent, values) && context.viewer.permissions.can(object, 'update'),
    priceListId: await priceListOf(db, values, parent.priceListField),
    lines: rows.map(presentLineItem),
    totals: lineTotalsOf(rows),
  };
}

function linesEditable(parent: LineItemParent, values: RecordValues): boolean {
  try {
    parent.assertLinesEditable?.(values);
    return true;
  } catch {
    return false;
  }
}
