/** The states of a service ticket (S-1). */
export type TicketStatus = 'open' | 'inProgress' | 'resolved' | 'closed';

/**
 * Where a ticket may go from each state: open → in progress → resolved → closed, and back to in progress
 * (reopened) from resolved or closed. Anything else is refused.
 */
export const TICKET_TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  open: ['inProgress'],
  inProgress: ['resolved'],
  resolved: ['closed', 'inProgress'],
  closed: ['inProgress'],
};

/** Whether a ticket may go from `from` to `to` (staying put always may). */
export function canMoveTicket(from: string | null, to: string | null): boolean {
  if (from === to) return true;
  if (from === null) return to === 'open';
  const next = TICKET_TRANSITIONS[from as TicketStatus] as readonly (string | null)[] | undefined;
  return next?.includes(to) ?? false;
}

/** The states in which a ticket must say how it was resolved. */
export const NEEDS_RESOLUTION: ReadonlySet<string> = new Set(['resolved', 'closed']);
