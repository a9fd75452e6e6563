import { conflict } from '../../errors.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import type { SalesContexts } from '../line-items/sales-contexts.ts';
import { loadQuoteForAction, writeQuoteAction } from './quote-action-support.ts';
import { quoteApprovalRule } from './quote-approval-rule.ts';

/**
 * Submits a draft quote whose largest discount exceeds the company's threshold for approval
 * (draft → pendingApproval). A quote without lines, or one that needs no approval, is a 409 that says so.
 */
export async function submitQuote(
  contexts: SalesContexts,
  id: number,
  version?: number,
): Promise<RecordOutput> {
  return inRecordTransaction(contexts.database, async (trx) => {
    const quote = await loadQuoteForAction(trx, contexts, id, 'submit', version);
    const rule = await quoteApprovalRule(trx, id);
    if (rule.lineCount === 0) throw conflict('quote.no_lines');
    if (!rule.approvalRequired)
      throw conflict('quote.approval_not_needed', {
        maxDiscount: rule.maxDiscount,
        threshold: rule.threshold,
      });
    return writeQuoteAction(trx, contexts, quote, 'submit');
  });
}
