import type { Decimal, QuoteTotals } from '@lodestar/shared';
import { conflict } from '../../errors.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';
import './line-items.messages.ts';

/** How the lines of one object's records work: where totals go, where prices come from, when they lock. */
export interface LineItemParent {
  object: string;
  /** The parent's fields that the lines' totals set (API values), written through the records path. */
  totalsOf(totals: QuoteTotals, maxDiscount: Decimal): Record<string, JsonValue>;
  /** The lookup field naming the parent's price list, if it has one. */
  priceListField?: string;
  /** Throws (409) when the parent's lines may not change in its current state. */
  assertLinesEditable?(parent: RecordValues): void;
}

const amount = (value: Decimal) => value.toString();

/**
 * The objects whose records have lines. Opportunity products set the opportunity's amount (价税合计); a
 * quote keeps every total and its largest discount (for the approval rule); a contract's amount follows its
 * lines while it is a draft, and its lines lock from pending approval on (L-4).
 */
export const LINE_ITEM_PARENTS: Record<string, LineItemParent> = {
  opportunity: {
    object: 'opportunity',
    priceListField: 'priceList',
    totalsOf: (totals) => ({ amount: amount(totals.grandTotal) }),
  },
  quote: {
    object: 'quote',
    priceListField: 'priceList',
    totalsOf: (totals, maxDiscount) => ({
      subtotal: amount(totals.subtotal),
      discountAmount: amount(totals.discountTotal),
      taxAmount: amount(totals.taxTotal),
      total: amount(totals.grandTotal),
      maxDiscount: Number(maxDiscount.toString()),
    }),
    assertLinesEditable(parent) {
      const status = parent.status ?? 'draft';
      if (status !== 'draft') throw conflict('lineItems.quote_locked', { status: String(status) });
    },
  },
  contract: {
    object: 'contract',
    totalsOf: (totals) => ({ amount: amount(totals.grandTotal) }),
    // A contract the contracts feature has not given a status yet is still being drafted.
    assertLinesEditable(parent) {
      const status = parent.status ?? 'draft';
      if (status !== 'draft') throw conflict('lineItems.contract_locked', { status: String(status) });
    },
  },
};

/** The line settings of `object`, or undefined when its records have no lines. */
export function lineItemParentOf(object: string): LineItemParent | undefined {
  return Object.hasOwn(LINE_ITEM_PARENTS, object) ? LINE_ITEM_PARENTS[object] : undefined;
}
