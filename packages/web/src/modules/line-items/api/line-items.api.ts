import { api } from '../../../api/client.ts';

/** One priced line as the API returns it (amounts are exact decimal strings). */
export interface LineItem {
  id: number;
  position: number;
  productId: number | null;
  name: string;
  description: string | null;
  unit: string | null;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxPercent: string;
  listAmount: string;
  discountAmount: string;
  netAmount: string;
  taxAmount: string;
  totalAmount: string;
}

export interface LineItems {
  object: string;
  recordId: number;
  version: number;
  editable: boolean;
  priceListId: number | null;
  lines: LineItem[];
  totals: Record<
    'subtotal' | 'discountTotal' | 'netTotal' | 'taxTotal' | 'grandTotal' | 'maxDiscount',
    string
  >;
}

/** A line as the editor holds and sends it (numbers as typed text). */
export interface LineItemDraft {
  productId: number | null;
  name: string;
  description: string | null;
  unit: string | null;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxPercent: string;
}

const path = (object: string, id: number) => `/objects/${object}/records/${id}/lines`;

export const lineItemsApi = {
  get: (object: string, id: number) => api.get<LineItems>(path(object, id)),
  /** Replaces every line; a stale `version` is a 409 and changes nothing. */
  replace: (object: string, id: number, lines: LineItemDraft[], version: number) =>
    api.put<LineItems>(path(object, id), { lines, version }),
};

export const LINE_ITEMS_QUERY_KEY = ['line-items'] as const;
/** The lines of a record as of its `version`: a change to the record (its form, an action) reads them again. */
export const lineItemsKey = (object: string, id: number, version: number) =>
  [...LINE_ITEMS_QUERY_KEY, object, id, version] as const;
