import type { RecordOutput } from '../../records/record.presenter.ts';
import type { SalesContexts } from '../line-items/sales-contexts.ts';
import { closeQuote } from './close-quote.command.ts';
import { decideQuoteApproval } from './decide-quote-approval.command.ts';
import type { QuoteAction } from './quote-status.ts';
import { reviseQuote } from './revise-quote.command.ts';
import { sendQuote } from './send-quote.command.ts';
import { submitQuote } from './submit-quote.command.ts';

/** The command behind each quote action. */
export function runQuoteAction(
  contexts: SalesContexts,
  id: number,
  action: QuoteAction,
  version?: number,
): Promise<RecordOutput> {
  switch (action) {
    case 'submit':
      return submitQuote(contexts, id, version);
    case 'approve':
    case 'return':
      return decideQuoteApproval(contexts, id, action, version);
    case 'send':
      return sendQuote(contexts, id, version);
    case 'accept':
    case 'reject':
      return closeQuote(contexts, id, action, version);
    case 'revise':
      return reviseQuote(contexts, id, version);
  }
}
