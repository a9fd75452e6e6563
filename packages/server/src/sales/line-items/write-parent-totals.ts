import { computeQuoteTotals, Decimal } from '@lodestar/shared';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import type { LineItemParent } from './line-item-parents.ts';
import type { PricedLine } from './price-line-items.ts';

/**
 * Writes the totals of a parent's lines onto the parent through the records path (`{ managed: true }`), so
 * field history, the outbox event and the parent's behaviours follow; attributed to the viewer, whose right
 * to change the lines was already checked. Fields that already hold their value are not written, and
 * nothing is written when none changes. Returns the parent's version afterwards.
 */
export async function writeParentTotals(
  trx: Transaction<DB>,
  /** The parent object's system context acting for the viewer. */
  context: RecordContext,
  parent: LineItemParent,
  record: { id: number; version: number; values: RecordValues },
  lines: readonly PricedLine[],
): Promise<number> {
  const totals = computeQuoteTotals(
    lines.map((line) => ({
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      taxPercent: line.taxPercent,
    })),
  );
  const maxDiscount = lines.reduce(
    (max, line) => (line.discountPercent.greaterThan(max) ? line.discountPercent : max),
    Decimal.ZERO,
  );
  const wanted = parent.totalsOf(totals, maxDiscount);
  const changed = Object.fromEntries(
    Object.entries(wanted).filter(([field, value]) => !sameValue(record.values[field], value)),
  );
  if (Object.keys(changed).length === 0) return record.version;
  const updated = await updateRecordIn(trx, context, record.id, record.version, changed, { managed: true });
  return updated.version;
}

/** Amounts compare as numbers (`"10.00"` is `"10"`); anything else by its JSON. */
function sameValue(current: unknown, next: unknown): boolean {
  if (typeof next === 'string' && typeof current === 'string') {
    const a = Decimal.parseOrNull(current);
    const b = Decimal.parseOrNull(next);
    if (a && b) return a.equals(b);
  }
  return JSON.stringify(current ?? null) === JSON.stringify(next ?? null);
}
