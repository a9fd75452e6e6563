import { describe, expect, it } from 'vitest';
import { ticketActionsFor } from './ticket-actions.ts';

describe('ticket actions', () => {
  it('offers the next steps of the status flow only', () => {
    const keys = (status: unknown) => ticketActionsFor(status).map((action) => `${action.key}→${action.to}`);
    expect(keys('open')).toEqual(['start→inProgress']);
    expect(keys(null)).toEqual(['start→inProgress']);
    expect(keys('inProgress')).toEqual(['resolve→resolved']);
    expect(keys('resolved')).toEqual(['close→closed', 'reopen→inProgress']);
    expect(keys('closed')).toEqual(['reopen→inProgress']);
    expect(keys('archived')).toEqual([]);
  });
});
