import { Decimal } from '@lodestar/shared';
import type { LineItemRow } from './line-item.repository.ts';
import type { LineItemOutput, LineItemsOutput } from './line-items.schemas.ts';

/** Scales the integers of `line_items` are stored with. */
export const QUANTITY_SCALE = 4;
export const PERCENT_SCALE = 2;
export const FEN_SCALE = 2;

const plain = (units: number, scale: number) =>
  Decimal.fromUnits(BigInt(units), scale).stripTrailingZeros().toString();
const yuan = (fen: number) => Decimal.fromUnits(BigInt(fen), FEN_SCALE).toString();

/** A stored line as the API writes it. */
export function presentLineItem(row: LineItemRow): LineItemOutput {
  return {
    id: Number(row.id),
    position: Number(row.position),
    productId: row.product_id == null ? null : Number(row.product_id),
    name: row.name,
    description: row.description,
    unit: row.unit,
    quantity: plain(Number(row.quantity), QUANTITY_SCALE),
    unitPrice: yuan(Number(row.unit_price)),
    discountPercent: plain(Number(row.discount_percent), PERCENT_SCALE),
    taxPercent: plain(Number(row.tax_percent), PERCENT_SCALE),
    listAmount: yuan(Number(row.list_amount)),
    discountAmount: yuan(Number(row.discount_amount)),
    netAmount: yuan(Number(row.net_amount)),
    taxAmount: yuan(Number(row.tax_amount)),
    totalAmount: yuan(Number(row.total_amount)),
  };
}

/** The totals of stored lines: exact sums of their amounts, and their largest discount. */
export function lineTotalsOf(rows: readonly LineItemRow[]): LineItemsOutput['totals'] {
  const sum = (pick: (row: LineItemRow) => number) =>
    yuan(rows.reduce((total, row) => total + Number(pick(row)), 0));
  const maxDiscount = rows.reduce((max, row) => Math.max(max, Number(row.discount_percent)), 0);
  return {
    subtotal: sum((row) => row.list_amount),
    discountTotal: sum((row) => row.discount_amount),
    netTotal: sum((row) => row.net_amount),
    taxTotal: sum((row) => row.tax_amount),
    grandTotal: sum((row) => row.total_amount),
    maxDiscount: plain(maxDiscount, PERCENT_SCALE),
  };
}
