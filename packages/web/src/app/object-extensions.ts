import { PRICE_LIST_EXTENSION } from '../modules/catalogue/components/catalogue-extensions.ts';
import { withLineItemsTab } from '../modules/line-items/components/line-items-tab.ts';
import { NewQuoteButton } from '../modules/quotes/components/NewQuoteButton.tsx';
import { QUOTE_EXTENSION } from '../modules/quotes/components/quote-extensions.ts';
import type { ObjectExtension } from '../modules/records/utils/object-extension.ts';

/**
 * The features' extensions of the generated record pages, by object api name. A feature adds its object's
 * extension here; objects without one get the generic pages.
 */
export const OBJECT_EXTENSIONS: Partial<Record<string, ObjectExtension>> = {
  // The lines tab wraps each object's own extension: withLineItemsTab(OPPORTUNITY_EXTENSION) when it has one.
  opportunity: withLineItemsTab({ RecordActions: NewQuoteButton }),
  quote: QUOTE_EXTENSION,
  contract: withLineItemsTab(),
  priceList: PRICE_LIST_EXTENSION,
};

/** The extension of `object`, or an empty one. */
export function objectExtension(object: string): ObjectExtension {
  return OBJECT_EXTENSIONS[object] ?? {};
}
