/** A ticket action and the status it moves the ticket to. */
export interface TicketAction {
  key: 'start' | 'resolve' | 'close' | 'reopen';
  to: 'inProgress' | 'resolved' | 'closed';
}

/** What may be done to a ticket in each status (the server refuses every other move). */
export function ticketActionsFor(status: unknown): TicketAction[] {
  switch (status) {
    case 'open':
    case null:
    case undefined:
      return [{ key: 'start', to: 'inProgress' }];
    case 'inProgress':
      return [{ key: 'resolve', to: 'resolved' }];
    case 'resolved':
      return [
        { key: 'close', to: 'closed' },
        { key: 'reopen', to: 'inProgress' },
      ];
    case 'closed':
      return [{ key: 'reopen', to: 'inProgress' }];
    default:
      return [];
  }
}
