import type { Kysely, Transaction } from 'kysely';
import { insertRows } from '../../db/cached-insert.ts';
import type { DB, LeadAssignmentLogTable } from '../../db/schema.ts';

export type AssignmentLogRow = Omit<LeadAssignmentLogTable, 'id'> & { id: number };

/** Appends one assignment to the log and returns its id. */
export async function insertAssignmentLog(
  trx: Transaction<DB>,
  row: Omit<LeadAssignmentLogTable, 'id'>,
): Promise<number> {
  const [inserted] = await insertRows<{ id: number }>(trx, 'lead_assignment_log', [row], 'id');
  return Number(inserted!.id);
}

/** A lead's assignments, newest first. */
export async function selectAssignmentLog(
  db: Kysely<DB>,
  leadId: number,
  limit: number,
): Promise<AssignmentLogRow[]> {
  const rows = await db
    .selectFrom('lead_assignment_log')
    .selectAll()
    .where('lead_id', '=', leadId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}
