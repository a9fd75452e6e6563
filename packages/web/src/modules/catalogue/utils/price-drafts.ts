import { Decimal, parseAmountInput } from '@lodestar/shared';

/** Prices being edited, by product id, as typed (an empty text: no price in this list). */
export type PriceDrafts = Readonly<Record<number, string>>;

/** Why a typed price is refused (an i18n key under `catalogue.errors`). */
export type PriceProblem = 'not_an_amount' | 'negative';

/** A typed price as the API takes it (`'¥1,200.5'` → `'1200.50'`), or its problem. */
export function readPrice(text: string): { price: string } | { problem: PriceProblem } {
  const amount = parseAmountInput(text, 2);
  if (amount === null) return { problem: 'not_an_amount' };
  if (amount.isNegative()) return { problem: 'negative' };
  return { price: amount.round(2).toFixed(2) };
}

/** The problems of the typed prices, by product id (empty texts are fine: they remove the price). */
export function priceProblems(drafts: PriceDrafts): Map<number, PriceProblem> {
  const problems = new Map<number, PriceProblem>();
  for (const [productId, text] of Object.entries(drafts)) {
    if (text.trim() === '') continue;
    const read = readPrice(text);
    if ('problem' in read) problems.set(Number(productId), read.problem);
  }
  return problems;
}

/** The body of `PUT /price-lists/{id}/prices`: every product with a price, in product order. */
export function pricesToSave(drafts: PriceDrafts): Array<{ productId: number; unitPrice: string }> {
  return Object.entries(drafts).flatMap(([productId, text]) => {
    if (text.trim() === '') return [];
    const read = readPrice(text);
    return 'price' in read ? [{ productId: Number(productId), unitPrice: read.price }] : [];
  });
}

/** Whether the typed prices say the same as the saved ones. */
export function samePrices(a: PriceDrafts, b: PriceDrafts): boolean {
  const key = (drafts: PriceDrafts) =>
    JSON.stringify(pricesToSave(drafts).sort((x, y) => x.productId - y.productId));
  return key(a) === key(b) && priceProblems(a).size === 0;
}

/**
 * How the list's price compares with the product's list price, in percent with one decimal (`-7.5`), or
 * null when either is missing or the list price is zero.
 */
export function differenceFromListPrice(price: string | undefined, listPrice: unknown): string | null {
  if (!price || typeof listPrice !== 'string') return null;
  const read = readPrice(price);
  const list = Decimal.parseOrNull(listPrice);
  if (!('price' in read) || !list || list.isZero()) return null;
  return Decimal.parse(read.price).minus(list).times(100).dividedBy(list, 1).toString();
}
