import type { Transaction } from 'kysely';
import type { DB, LeadResponseBreachTable } from '../../db/schema.ts';

/**
 * Records that a lead missed the deadline `due_at` and returns the row's id — or undefined when that deadline
 * was recorded already (its job ran before): the caller then does nothing. On PostgreSQL a second
 * transaction recording the same deadline waits for the first and then finds it.
 */
export async function insertBreach(
  trx: Transaction<DB>,
  row: Omit<LeadResponseBreachTable, 'id'>,
): Promise<number | undefined> {
  const inserted = await trx
    .insertInto('lead_response_breaches')
    .values(row)
    .onConflict((oc) => oc.columns(['lead_id', 'due_at']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? Number(inserted.id) : undefined;
}

/** What came of a recorded miss: the manager told and the new owner. */
export async function updateBreachOutcome(
  trx: Transaction<DB>,
  id: number,
  outcome: { escalatedTo: number | null; reassignedTo: number | null },
): Promise<void> {
  await trx
    .updateTable('lead_response_breaches')
    .set({ escalated_to: outcome.escalatedTo, reassigned_to: outcome.reassignedTo })
    .where('id', '=', id)
    .execute();
}
