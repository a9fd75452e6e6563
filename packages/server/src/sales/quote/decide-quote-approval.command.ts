import { notify } from '../../platform/notifications/notify.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import type { SalesContexts } from '../line-items/sales-contexts.ts';
import { QUOTE_APPROVED, QUOTE_RETURNED } from './quote.messages.ts';
import { loadQuoteForAction, writeQuoteAction } from './quote-action-support.ts';

/**
 * An approver's decision on a quote pending approval: `approve` (→ approved, it may be sent) or `return`
 * (→ draft, to be changed). Only holders of `approve` on quotes decide, on quotes within that permission's
 * scope (a manager: their department and below); the owner is notified.
 */
export async function decideQuoteApproval(
  contexts: SalesContexts,
  id: number,
  decision: 'approve' | 'return',
  version?: number,
): Promise<RecordOutput> {
  return inRecordTransaction(contexts.database, async (trx) => {
    const quote = await loadQuoteForAction(trx, contexts, id, decision, version);
    const record = await writeQuoteAction(trx, contexts, quote, decision);
    const ownerId = typeof quote.values.ownerId === 'number' ? quote.values.ownerId : null;
    if (ownerId !== null && ownerId !== contexts.viewer.userId) {
      await notify(trx, {
        userIds: [ownerId],
        kind: decision === 'approve' ? QUOTE_APPROVED : QUOTE_RETURNED,
        params: { number: String(quote.values.number ?? `#${id}`) },
        object: 'quote',
        recordId: id,
        actorUserId: contexts.viewer.userId,
      });
    }
    return record;
  });
}
