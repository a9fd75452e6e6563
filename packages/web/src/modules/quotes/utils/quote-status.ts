import type { RecordData } from '../../records/api/records.api.ts';
import type { QuoteAction, QuoteStatus } from '../api/quotes.api.ts';

/** A quote's status as stored; one written before statuses existed is a draft. */
export function quoteStatusOf(record: RecordData): QuoteStatus {
  return typeof record.status === 'string' ? (record.status as QuoteStatus) : 'draft';
}

/** Tag colours of the statuses: waiting is orange, done is green, closed without a deal is red or grey. */
export const STATUS_COLORS: Record<QuoteStatus, string> = {
  draft: 'default',
  pendingApproval: 'orange',
  approved: 'cyan',
  sent: 'blue',
  accepted: 'green',
  rejected: 'red',
  expired: 'default',
};

/** The order of the action buttons, the main step first. */
export const ACTION_ORDER: readonly QuoteAction[] = [
  'send',
  'submit',
  'approve',
  'return',
  'accept',
  'reject',
  'revise',
];

/** The buttons that move the quote forward. */
export const PRIMARY_ACTIONS: ReadonlySet<QuoteAction> = new Set(['send', 'submit', 'approve']);

/** Actions asked again before they happen: what the customer sees, or what cannot be undone. */
export const CONFIRMED_ACTIONS: ReadonlySet<QuoteAction> = new Set([
  'send',
  'accept',
  'reject',
  'return',
  'revise',
]);

/**
 * The label of an action, which depends on where the quote stands: `revise` withdraws a quote waiting for
 * approval (back to a draft of the same revision), and reopens an approved or sent one for changes.
 */
export function actionLabelKey(action: QuoteAction, status: QuoteStatus) {
  if (action === 'revise' && status === 'pendingApproval') return 'quotes.actions.withdraw' as const;
  return `quotes.actions.${action}` as const;
}

/** Whether a quote's PDF is the frozen sent revision (else a preview of the draft). */
export function sentPdf(status: QuoteStatus): boolean {
  return status === 'sent' || status === 'accepted' || status === 'rejected' || status === 'expired';
}
