import { conflict } from '../../errors.ts';
import { type PendingWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
import { defaultPriceListId } from '../catalogue/catalogue-products.ts';
import './quote.messages.ts';
import { quoteStatusOf } from './quote-status.ts';

/**
 * A new quote is a draft of revision 1, priced from the default price list unless it names one. Once
 * submitted or sent its header is as frozen as its lines: a write that does not come from a quote action
 * (actions are the only writes that change `status`, a managed field) is a 409 until the quote is revised.
 */
/** What may change on a submitted or sent quote: its owner (handover) and the totals its lines keep. */
const ALWAYS_WRITABLE = new Set([
  'ownerId',
  'subtotal',
  'discountAmount',
  'taxAmount',
  'total',
  'maxDiscount',
]);

async function quoteBeforeWrite(write: PendingWrite): Promise<void> {
  if (write.kind === 'create') {
    write.set('status', 'draft');
    write.set('revision', 1);
    if (write.values.priceList == null) {
      const fallback = await defaultPriceListId(write.trx);
      if (fallback !== null) write.set('priceList', fallback);
    }
    return;
  }
  if (write.kind !== 'update' || write.given.has('status')) return;
  if (quoteStatusOf(write.before?.status) === 'draft') return;
  if ([...write.given].every((field) => ALWAYS_WRITABLE.has(field))) return;
  throw conflict('quote.not_editable');
}

registerRecordBehaviour('quote', { beforeWrite: quoteBeforeWrite });
