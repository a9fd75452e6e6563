import type { JsonValue } from '../../metadata/field-types/index.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import type { SalesContexts } from '../line-items/sales-contexts.ts';
import { loadQuoteForAction, writeQuoteAction } from './quote-action-support.ts';
import { FROZEN_STATUSES } from './quote-status.ts';

/**
 * Opens a quote for changes again (→ draft). A quote the customer has seen (sent, rejected, expired) starts
 * revision N+1 — revision N stays frozen and readable; one withdrawn from approval or approved but not yet
 * sent stays at its revision (and needs approval again if its discount still calls for it).
 */
export async function reviseQuote(
  contexts: SalesContexts,
  id: number,
  version?: number,
): Promise<RecordOutput> {
  return inRecordTransaction(contexts.database, async (trx) => {
    const quote = await loadQuoteForAction(trx, contexts, id, 'revise', version);
    const revision = typeof quote.values.revision === 'number' ? quote.values.revision : 1;
    const next = FROZEN_STATUSES.includes(quote.status) ? revision + 1 : revision;
    // The next revision is dated, and its validity set, when it is sent.
    const changes: Record<string, JsonValue> = { revision: next };
    if (next !== revision) Object.assign(changes, { quoteDate: null, validUntil: null });
    return writeQuoteAction(trx, contexts, quote, 'revise', changes);
  });
}
