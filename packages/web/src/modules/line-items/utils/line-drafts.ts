import {
  computeQuoteTotals,
  type LineAmounts,
  parseAmountInput,
  priceQuoteLine,
  QuoteLineError,
  type QuoteLineField,
  type QuoteTotals,
  toHalfWidth,
} from '@lodestar/shared';
import type { LineItem, LineItemDraft } from '../api/line-items.api.ts';

/** The fields of a line the editor checks, each shown in its own cell. */
export type LineDraftField = QuoteLineField | 'name';

/** Why a cell is not accepted: an i18n key under `lineItems.errors`, with its parameters. */
export interface LineProblem {
  code: 'not_a_number' | 'too_many_decimals' | 'negative' | 'percent_above_100' | 'required';
  params?: Record<string, string | number>;
}

/** Problems by `index.field` (e.g. `2.quantity`). */
export type LineProblems = Map<string, LineProblem>;

export const problemKey = (index: number, field: LineDraftField) => `${index}.${field}`;

const NUMBER_FIELDS: readonly QuoteLineField[] = ['quantity', 'unitPrice', 'discountPercent', 'taxPercent'];

/** A stored line as the editor holds it. */
export function draftOf(line: LineItem): LineItemDraft {
  return {
    productId: line.productId,
    name: line.name,
    description: line.description,
    unit: line.unit,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    discountPercent: line.discountPercent,
    taxPercent: line.taxPercent,
  };
}

/** A new line: one unit, no discount; the product (or a typed name and price) comes next. */
export function emptyDraft(): LineItemDraft {
  return {
    productId: null,
    name: '',
    description: null,
    unit: null,
    quantity: '1',
    unitPrice: '',
    discountPercent: '0',
    taxPercent: '0',
  };
}

/** What a catalogue product brings to a line: its name, unit, price (from the price list if listed) and tax. */
export interface ProductDefaults {
  id: number;
  name: string;
  unit: string | null;
  /** The price in the record's price list, else the product's list price, else null. */
  unitPrice: string | null;
  taxRate: string | null;
}

/** The line after choosing `product`: quantity and discount stay, the rest comes from the catalogue. */
export function withProduct(line: LineItemDraft, product: ProductDefaults): LineItemDraft {
  return {
    ...line,
    productId: product.id,
    name: product.name,
    unit: product.unit,
    unitPrice: product.unitPrice ?? '',
    taxPercent: product.taxRate ?? '0',
  };
}

/**
 * A number as people type it, as the API reads it: full-width digits, spaces, a `¥` and thousands commas
 * are accepted (`￥１,２００.５０` → `1200.5`); anything else is returned as typed, for the check to refuse.
 */
export function normaliseNumber(text: string): string {
  const parsed = parseAmountInput(text, 10);
  return parsed === null ? toHalfWidth(text).trim() : parsed.stripTrailingZeros().toString();
}

/** The line as it is sent: numbers normalised, the name trimmed. */
export function normaliseDraft(line: LineItemDraft): LineItemDraft {
  return {
    ...line,
    name: line.name.trim(),
    unit: line.unit?.trim() || null,
    quantity: normaliseNumber(line.quantity),
    unitPrice: normaliseNumber(line.unitPrice),
    discountPercent: normaliseNumber(line.discountPercent),
    taxPercent: normaliseNumber(line.taxPercent),
  };
}

/** The editor's lines checked and priced with the server's own rule. */
export interface CheckedLines {
  /** Amounts of each line, or null for a line with a problem. */
  amounts: Array<LineAmounts | null>;
  /** Totals of every line, or null while any line has a problem. */
  totals: QuoteTotals | null;
  problems: LineProblems;
}

/**
 * Checks every cell of every line (not only the first problem of a line, so each bad cell can say so) and
 * prices the lines exactly as the server will (`computeQuoteTotals`: net and tax rounded per line, totals
 * the exact sums of the lines).
 */
export function checkLines(lines: readonly LineItemDraft[]): CheckedLines {
  const problems: LineProblems = new Map();
  const normalised = lines.map(normaliseDraft);
  const amounts = normalised.map((line, index) => {
    let fine = true;
    if (!line.name) {
      problems.set(problemKey(index, 'name'), { code: 'required' });
      fine = false;
    }
    for (const field of NUMBER_FIELDS) {
      const problem = numberProblem(field, line[field]);
      if (problem) {
        problems.set(problemKey(index, field), problem);
        fine = false;
      }
    }
    return fine ? priceQuoteLine(line, index) : null;
  });
  return { amounts, totals: problems.size === 0 ? computeQuoteTotals(normalised) : null, problems };
}

/** The problem of one number cell, checked by the shared rule with the other cells neutral. */
function numberProblem(field: QuoteLineField, value: string): LineProblem | null {
  if (value === '')
    return { code: field === 'unitPrice' || field === 'quantity' ? 'required' : 'not_a_number' };
  const probe = { quantity: '0', unitPrice: '0', discountPercent: '0', taxPercent: '0', [field]: value };
  try {
    priceQuoteLine(probe);
    return null;
  } catch (error) {
    if (!(error instanceof QuoteLineError)) throw error;
    return { code: error.code.replace('quote.line.', '') as LineProblem['code'], params: error.params };
  }
}

/** Whether two sets of lines say the same thing (after normalising what was typed). */
export function sameLines(a: readonly LineItemDraft[], b: readonly LineItemDraft[]): boolean {
  return JSON.stringify(a.map(normaliseDraft)) === JSON.stringify(b.map(normaliseDraft));
}
