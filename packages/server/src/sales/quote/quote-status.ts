/** The statuses of a quote (the `status` field's choices). */
export type QuoteStatus =
  | 'draft'
  | 'pendingApproval'
  | 'approved'
  | 'sent'
  | 'accepted'
  | 'rejected'
  | 'expired';

/** The actions a person takes on a quote (`POST /quotes/{id}/{action}`). */
export const QUOTE_ACTIONS = ['submit', 'approve', 'return', 'send', 'accept', 'reject', 'revise'] as const;
export type QuoteAction = (typeof QUOTE_ACTIONS)[number];

/** The statuses an action starts from, and the one it leads to. */
export const QUOTE_TRANSITIONS: Record<QuoteAction, { from: readonly QuoteStatus[]; to: QuoteStatus }> = {
  submit: { from: ['draft'], to: 'pendingApproval' },
  approve: { from: ['pendingApproval'], to: 'approved' },
  return: { from: ['pendingApproval'], to: 'draft' },
  send: { from: ['draft', 'approved'], to: 'sent' },
  accept: { from: ['sent'], to: 'accepted' },
  reject: { from: ['sent'], to: 'rejected' },
  // Back to a draft: a withdrawn or approved quote keeps its revision (nothing was sent), one that the
  // customer saw starts the next revision.
  revise: { from: ['pendingApproval', 'approved', 'sent', 'rejected', 'expired'], to: 'draft' },
};

/** Statuses whose revision is frozen in the versions table. */
export const FROZEN_STATUSES: readonly QuoteStatus[] = ['sent', 'accepted', 'rejected', 'expired'];

/** Actions an approver takes (they need `approve` on quotes); the others need `update`. */
export const APPROVER_ACTIONS: readonly QuoteAction[] = ['approve', 'return'];

/** A quote's status as stored; a quote written before its behaviour existed is a draft. */
export function quoteStatusOf(value: unknown): QuoteStatus {
  return typeof value === 'string' ? (value as QuoteStatus) : 'draft';
}
