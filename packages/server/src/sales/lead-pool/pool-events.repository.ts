import type { Kysely, Transaction } from 'kysely';
import { insertRows } from '../../db/cached-insert.ts';
import type { DB, LeadPoolEventTable } from '../../db/schema.ts';

export type PoolEventRow = Omit<LeadPoolEventTable, 'id'> & { id: number };
export type PoolEventKind = 'entered' | 'recycled' | 'returned' | 'claimed' | 'assigned';

/** Appends one pool event. */
export async function insertPoolEvent(
  trx: Transaction<DB>,
  row: Omit<LeadPoolEventTable, 'id'> & { kind: PoolEventKind },
): Promise<void> {
  await insertRows(trx, 'lead_pool_events', [row], 'none');
}

/** A lead's pool events, newest first. */
export async function selectPoolEvents(
  db: Kysely<DB>,
  leadId: number,
  limit: number,
): Promise<PoolEventRow[]> {
  const rows = await db
    .selectFrom('lead_pool_events')
    .selectAll()
    .where('lead_id', '=', leadId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}

/** The leads among `leadIds` that `userId` lost (recycled or returned) since `since`. */
export async function leadsLostSince(
  db: Kysely<DB>,
  userId: number,
  leadIds: number[],
  since: string,
): Promise<Set<number>> {
  if (leadIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('lead_pool_events')
    .select('lead_id')
    .where('from_user_id', '=', userId)
    .where('lead_id', 'in', leadIds)
    .where('kind', 'in', ['recycled', 'returned'])
    .where('at', '>=', since)
    .execute();
  return new Set(rows.map((row) => Number(row.lead_id)));
}
