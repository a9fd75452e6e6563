import { toHalfWidth } from '../validators/half-width.ts';
import { cnyAmountSchema } from './cny-amount-schema.ts';
import { Decimal, type DecimalInput } from './decimal.ts';

/** CNY amounts carry two fraction digits: 元 and 分 (1 元 = 100 分). */
export const CNY_SCALE = 2;

/**
 * Reads a CNY amount as written in the API: a decimal string with at most two fraction digits
 * (`'1234.56'`, `'-0.5'`, `'100'`). Throws `DecimalFormatError` otherwise. The result is at scale 2.
 * @example parseCny('12.5').toString() === '12.50'
 */
export function parseCny(text: string): Decimal {
  return Decimal.parse(text, { maxScale: CNY_SCALE }).round(CNY_SCALE);
}

/** Whether the text is a CNY amount as the API accepts it (see `cnyAmountSchema`). */
export function isCnyString(text: string): boolean {
  return cnyAmountSchema.safeParse(text).success;
}

/**
 * The CNY amount as the API writes it: exactly two fraction digits, rounded half-up (四舍五入).
 * @example toCnyString('1.005') === '1.01'
 */
export function toCnyString(amount: DecimalInput): string {
  return roundCny(amount).toString();
}

/** The amount rounded half-up to whole 分. */
export function roundCny(amount: DecimalInput): Decimal {
  return Decimal.from(amount).round(CNY_SCALE, 'half-up');
}

const GROUPED_INTEGER = /^[0-9]{1,3}(?:,[0-9]{3})+$/;

/**
 * Reads an amount as people type it into a form: surrounding spaces, a leading `¥`/`￥`/`CNY`, full-width
 * digits from a Chinese input method, and thousands commas in the right places (`1,234.56`, not `12,34`).
 * Returns `null` when the text is not an amount with at most `maxScale` fraction digits.
 * @example parseAmountInput(' ￥１,２３４.５ ')?.toString() === '1234.5'
 */
export function parseAmountInput(text: string, maxScale = CNY_SCALE): Decimal | null {
  let rest = toHalfWidth(text).trim();
  let sign = '';
  if (rest.startsWith('-')) {
    sign = '-';
    rest = rest.slice(1).trimStart();
  }
  rest = rest.replace(/^(?:[¥\uFFE5]|CNY|RMB)\s*/i, '');
  const [whole = '', fraction, ...extra] = rest.split('.');
  if (extra.length > 0) return null;
  const digits = whole.includes(',') ? (GROUPED_INTEGER.test(whole) ? whole.replace(/,/g, '') : null) : whole;
  if (digits === null) return null;
  const normalised = digits.replace(/^0+(?=[0-9])/, '');
  return Decimal.parseOrNull(`${sign}${normalised}${fraction === undefined ? '' : `.${fraction}`}`, {
    maxScale,
  });
}
