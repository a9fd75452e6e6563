import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** A lead that changed hands through `changeLeadOwner` (assignment, claiming, returning to a pool). */
export interface LeadOwnerChange {
  trx: Transaction<DB>;
  leadId: number;
  previousOwnerId: number | null;
  /** Null: nobody (the lead went into a pool). */
  ownerId: number | null;
  actorUserId: number | null;
  at: string;
}

export type LeadOwnerHook = (change: LeadOwnerChange) => Promise<void>;

const hooks: LeadOwnerHook[] = [];

/**
 * Registers a hook that runs, inside the write's transaction, whenever `changeLeadOwner` gives a lead a new
 * owner or none (edits through the records API are seen by record behaviours instead). Nurturing stops a
 * lead's emails here once a rep has it. Returns a function that removes the hook.
 * @example registerLeadOwnerHook(async ({ trx, leadId, ownerId }) => { if (ownerId) await stopEmails(trx, leadId) })
 */
export function registerLeadOwnerHook(hook: LeadOwnerHook): () => void {
  hooks.push(hook);
  return () => {
    const index = hooks.indexOf(hook);
    if (index >= 0) hooks.splice(index, 1);
  };
}

/** Runs every registered hook for one change of owner, in registration order. */
export async function runLeadOwnerHooks(change: LeadOwnerChange): Promise<void> {
  for (const hook of [...hooks]) await hook(change);
}
