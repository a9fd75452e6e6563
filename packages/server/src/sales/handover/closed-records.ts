/**
 * When a record of a built-in object is finished business: a handover moves those only when asked to
 * (the new owner takes over the work still to do). Objects not listed — payments, follow-ups, custom
 * objects — have no such state: all their records move.
 */
export const CLOSED_WHEN: Readonly<Record<string, { field: string; values: readonly string[] }>> = {
  lead: { field: 'status', values: ['converted', 'unqualified'] },
  opportunity: { field: 'status', values: ['won', 'lost'] },
  quote: { field: 'status', values: ['accepted', 'rejected', 'expired'] },
  contract: { field: 'status', values: ['completed', 'terminated'] },
  paymentPlan: { field: 'status', values: ['paid'] },
  ticket: { field: 'status', values: ['resolved', 'closed'] },
  task: { field: 'status', values: ['done'] },
};
