import { selectRecord } from '../../records/record.repository.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { scopeWhere } from '../../records/record-scope.ts';
import type { QuoteWorkflowOutput } from './quote.schemas.ts';
import { quoteApprovalRule } from './quote-approval-rule.ts';
import { readQuoteOrThrow } from './quote-read.ts';
import { APPROVER_ACTIONS, QUOTE_ACTIONS, QUOTE_TRANSITIONS, quoteStatusOf } from './quote-status.ts';

/**
 * Where a quote the viewer may read stands: status, revision, the discount rule, and the actions the viewer
 * may take now (their permission and scope, the status, and the rule: submit only when approval is needed,
 * send from draft only when it is not). The UI shows exactly these buttons.
 */
export async function quoteWorkflow(context: RecordContext, quoteId: number): Promise<QuoteWorkflowOutput> {
  const db = context.database.db;
  const quote = await readQuoteOrThrow(db, context, quoteId);
  const status = quoteStatusOf(quote.values.status);
  const rule = await quoteApprovalRule(db, quoteId);
  const inScope = async (action: 'update' | 'approve') =>
    context.viewer.permissions.can('quote', action) &&
    (await selectRecord(db, context.object.tableName, quoteId, scopeWhere(context, action, 'live'))) !==
      undefined;
  const may = { update: await inScope('update'), approve: await inScope('approve') };
  const actions = QUOTE_ACTIONS.filter((action) => {
    if (!QUOTE_TRANSITIONS[action].from.includes(status)) return false;
    if (!may[APPROVER_ACTIONS.includes(action) ? 'approve' : 'update']) return false;
    if (action === 'submit') return rule.approvalRequired && rule.lineCount > 0;
    if (action === 'send') return rule.lineCount > 0 && (status === 'approved' || !rule.approvalRequired);
    return true;
  });
  return {
    status,
    revision: typeof quote.values.revision === 'number' ? quote.values.revision : 1,
    maxDiscount: rule.maxDiscount,
    threshold: rule.threshold,
    approvalRequired: rule.approvalRequired,
    actions,
  };
}
