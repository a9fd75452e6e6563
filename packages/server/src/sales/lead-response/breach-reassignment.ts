import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

/** A lead that missed its first-response target under a rule set that reassigns on a miss. */
export interface BreachReassignmentContext {
  /** The deadline job's transaction: the reassignment commits with the breach or not at all. */
  trx: Transaction<DB>;
  database: Database;
  leadId: number;
  /** Who missed the target (passed over). */
  ownerId: number;
  ruleSetId: number;
}

/** Reassigns the lead; answers the new owner, or null when no one else qualifies (the lead stays). */
export type BreachReassigner = (
  context: BreachReassignmentContext,
) => Promise<{ userId: number; name: string } | null>;

let reassigner: BreachReassigner | null = null;

/**
 * Plugs in how a lead is reassigned after a miss — lead assignment registers its rule engine here, so that
 * the first-response clock does not depend on it. Returns a function that removes it again.
 * @example registerBreachReassigner(async ({ trx, leadId, ruleSetId, ownerId }) => reassign(...))
 */
export function registerBreachReassigner(next: BreachReassigner): () => void {
  const previous = reassigner;
  reassigner = next;
  return () => {
    reassigner = previous;
  };
}

/** Reassigns by the registered reassigner; null when none is registered or no one else qualifies. */
export async function reassignAfterBreach(
  context: BreachReassignmentContext,
): Promise<{ userId: number; name: string } | null> {
  return reassigner ? reassigner(context) : null;
}
