import { Decimal } from '../money/decimal.ts';
import { type LineAmounts, priceLine } from '../money/line-amounts.ts';
import { CNY_SCALE } from '../money/money.ts';

/** Fraction digits a quantity may carry (e.g. `2.5` 吨, `0.125` 年). */
export const QUOTE_QUANTITY_SCALE = 4;
/** Fraction digits a discount or tax percentage may carry (e.g. `12.5` %). */
export const QUOTE_PERCENT_SCALE = 2;

/** A number a quote line is typed with: decimal text, or a JavaScript number read as its shortest decimal. */
export type QuoteNumberInput = string | number | Decimal;

/** One quote line as entered: quantity, unit price (元, before tax) and percentages. */
export interface QuoteLineInput {
  /** Non-negative, at most 4 fraction digits. */
  quantity: QuoteNumberInput;
  /** Price of one unit before discount and tax (不含税单价), in 元, non-negative, at most 2 fraction digits. */
  unitPrice: QuoteNumberInput;
  /** Discount in percent, 0–100, at most 2 fraction digits (default 0). */
  discountPercent?: QuoteNumberInput;
  /** VAT rate in percent, 0–100, at most 2 fraction digits, e.g. 13, 9, 6 or 0 (default 0). */
  taxPercent?: QuoteNumberInput;
}

/** The fields of a quote line that carry numbers. */
export type QuoteLineField = 'quantity' | 'unitPrice' | 'discountPercent' | 'taxPercent';

/** Why a quote line number was refused; each is also the i18n key of its message. */
export type QuoteLineErrorCode =
  | 'quote.line.not_a_number'
  | 'quote.line.too_many_decimals'
  | 'quote.line.negative'
  | 'quote.line.percent_above_100';

/** Thrown for an invalid quote line number; `path` is the dotted field path (`lines.3.quantity`). */
export class QuoteLineError extends Error {
  constructor(
    readonly code: QuoteLineErrorCode,
    readonly field: QuoteLineField,
    readonly lineIndex: number | undefined,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}: ${lineIndex === undefined ? field : `lines.${lineIndex}.${field}`}`);
    this.name = 'QuoteLineError';
  }

  /** The field path as API errors name it. */
  get path(): string {
    return this.lineIndex === undefined ? this.field : `lines.${this.lineIndex}.${this.field}`;
  }
}

/** The amounts of a whole quote: each line priced on its own, totals the exact sums of the lines. */
export interface QuoteTotals {
  lines: LineAmounts[];
  /** Sum of list amounts (quantity × unit price). */
  subtotal: Decimal;
  /** Sum of line discounts. */
  discountTotal: Decimal;
  /** Sum of net amounts (金额合计, excluding tax). */
  netTotal: Decimal;
  /** Sum of line taxes (税额合计). */
  taxTotal: Decimal;
  /** Sum of line totals (价税合计) = netTotal + taxTotal = subtotal − discountTotal + taxTotal. */
  grandTotal: Decimal;
}

/**
 * Validates one quote line and prices it with `priceLine`: net amount rounded half-up to the 分, then tax on
 * the rounded net amount of this line, rounded half-up (tax per line, as a VAT invoice does it). Every amount is
 * a `Decimal` at scale 2, i.e. an exact bigint count of 分. Throws `QuoteLineError` for bad input.
 * @example priceQuoteLine({ quantity: '3', unitPrice: '1999.99', discountPercent: 15, taxPercent: 13 }).totalAmount.toString() === '5762.97'
 */
export function priceQuoteLine(line: QuoteLineInput, lineIndex?: number): LineAmounts {
  const read = (field: QuoteLineField, value: QuoteNumberInput, maxScale: number) =>
    readNonNegative(value, maxScale, field, lineIndex);
  const discountPercent = read('discountPercent', line.discountPercent ?? 0, QUOTE_PERCENT_SCALE);
  const taxPercent = read('taxPercent', line.taxPercent ?? 0, QUOTE_PERCENT_SCALE);
  for (const [field, value] of [
    ['discountPercent', discountPercent],
    ['taxPercent', taxPercent],
  ] as const) {
    if (value.greaterThan(100)) throw new QuoteLineError('quote.line.percent_above_100', field, lineIndex);
  }
  return priceLine({
    quantity: read('quantity', line.quantity, QUOTE_QUANTITY_SCALE),
    unitPrice: read('unitPrice', line.unitPrice, CNY_SCALE),
    discountPercent,
    taxPercent,
  });
}

/**
 * Prices every line and sums the rounded line amounts exactly, so the totals always equal the sum of the
 * printed lines (no rounding happens on totals). Throws `QuoteLineError` naming the first bad line.
 * @example computeQuoteTotals([{ quantity: 1, unitPrice: '0.10' }, { quantity: 2, unitPrice: '0.10' }]).grandTotal.toString() === '0.30'
 */
export function computeQuoteTotals(lines: readonly QuoteLineInput[]): QuoteTotals {
  const priced = lines.map((line, index) => priceQuoteLine(line, index));
  const sum = (pick: (amounts: LineAmounts) => Decimal) => Decimal.sum(priced.map(pick)).round(CNY_SCALE);
  return {
    lines: priced,
    subtotal: sum((line) => line.listAmount),
    discountTotal: sum((line) => line.discountAmount),
    netTotal: sum((line) => line.netAmount),
    taxTotal: sum((line) => line.taxAmount),
    grandTotal: sum((line) => line.totalAmount),
  };
}

/** A non-negative decimal with at most `maxScale` fraction digits, or a `QuoteLineError`. */
function readNonNegative(
  value: QuoteNumberInput,
  maxScale: number,
  field: QuoteLineField,
  lineIndex: number | undefined,
): Decimal {
  const parsed = toDecimal(value);
  if (parsed === null) throw new QuoteLineError('quote.line.not_a_number', field, lineIndex);
  if (parsed.stripTrailingZeros().scale > maxScale)
    throw new QuoteLineError('quote.line.too_many_decimals', field, lineIndex, { max: maxScale });
  if (parsed.isNegative()) throw new QuoteLineError('quote.line.negative', field, lineIndex);
  return parsed.round(Math.min(parsed.scale, maxScale));
}

/**
 * Decimal text as is; a finite JavaScript number as the shortest text that reads back to it (`0.1` → `'0.1'`,
 * the value people meant), never its binary expansion. NaN, infinities, exponents and other text give null.
 */
function toDecimal(value: QuoteNumberInput): Decimal | null {
  if (value instanceof Decimal) return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return Decimal.parseOrNull(Object.is(value, -0) ? '0' : String(value));
  }
  if (typeof value !== 'string') return null;
  return Decimal.parseOrNull(value);
}
