import type { ObjectExtension } from '../../records/utils/object-extension.ts';
import { PriceListPrices } from './PriceListPrices.tsx';

/** The price list page: its price table first. */
export const PRICE_LIST_EXTENSION: ObjectExtension = {
  recordTabs: [
    { key: 'prices', label: (t) => t('catalogue.pricesTab'), Component: PriceListPrices, first: true },
  ],
};
