import type { RecordOutput } from '../../records/record.presenter.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { closeQuote } from './close-quote.command.ts';
import { decideQuoteApproval } from './decide-quote-approval.command.ts';
import type { QuoteAction } from './quote-status.ts';
import { reviseQuote } from './revise-quote.command.ts';
import { sendQuote } from './send-quote.command.ts';
import { submitQuote } from './submit-quote.command.ts';

/** The command behind each quote action. */
export function runQuoteAction(
  context: RecordContext,
  id: number,
  action: QuoteAction,
  version?: number,
): Promise<RecordOutput> {
  switch (action) {
    case 'submit':
      return submitQuote(context, id, version);
    case 'approve':
    case 'return':
      return decideQuoteApproval(context, id, action, version);
    case 'send':
      return sendQuote(context, id, version);
    case 'accept':
    case 'reject':
      return closeQuote(context, id, action, version);
    case 'revise':
      return reviseQuote(context, id, version);
  }
}
