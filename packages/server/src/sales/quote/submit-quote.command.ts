import { conflict } from '../../errors.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { findManagerId } from '../../platform/users/user.repository.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import type { SalesContexts } from '../line-items/sales-contexts.ts';
import { QUOTE_SUBMITTED } from './quote.messages.ts';
import { loadQuoteForAction, writeQuoteAction } from './quote-action-support.ts';
import { quoteApprovalRule } from './quote-approval-rule.ts';

/**
 * Submits a draft quote whose largest discount exceeds the company's threshold for approval
 * (draft → pendingApproval) and tells the owner's manager, who would otherwise not know it waits for them.
 * A quote without lines, or one that needs no approval, is a 409 that says so.
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
    const record = await writeQuoteAction(trx, contexts, quote, 'submit');
    const ownerId = typeof quote.values.ownerId === 'number' ? quote.values.ownerId : null;
    const managerId = ownerId === null ? null : await findManagerId(trx, ownerId);
    if (managerId != null && managerId !== contexts.viewer.userId) {
      await notify(trx, {
        userIds: [managerId],
        kind: QUOTE_SUBMITTED,
        params: {
          number: String(quote.values.number ?? `#${id}`),
          maxDiscount: rule.maxDiscount,
          threshold: rule.threshold,
        },
        object: 'quote',
        recordId: id,
        actorUserId: contexts.viewer.userId,
      });
    }
    return record;
  });
}
