import type { RecordOutput } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import type { SalesContexts } from '../line-items/sales-contexts.ts';
import { loadQuoteForAction, writeQuoteAction } from './quote-action-support.ts';

/**
 * Records the customer's answer to a sent quote: `accept` (→ accepted; the opportunity it belongs to takes
 * the quote's total as its amount, through the records path so its history shows the change) or `reject`
 * (→ rejected).
 */
export async function closeQuote(
  contexts: SalesContexts,
  id: number,
  answer: 'accept' | 'reject',
  version?: number,
): Promise<RecordOutput> {
  return inRecordTransaction(contexts.database, async (trx) => {
    const quote = await loadQuoteForAction(trx, contexts, id, answer, version);
    const record = await writeQuoteAction(trx, contexts, quote, answer);
    const opportunityId = quote.values.opportunity;
    if (answer === 'accept' && typeof opportunityId === 'number' && typeof quote.values.total === 'string') {
      const opportunities = contexts.systemOf('opportunity');
      const row = await selectRecord(trx, opportunities.object.tableName, opportunityId, []);
      if (row && row.deleted_at == null) {
        await updateRecordIn(
          trx,
          opportunities,
          opportunityId,
          Number(row.version),
          { amount: quote.values.total },
          { managed: true },
        );
      }
    }
    return record;
  });
}
