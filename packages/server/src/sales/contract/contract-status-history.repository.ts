import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

export interface StatusHistoryEntry {
  contractId: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorUserId: number | null;
  comment: string | null;
  at: string;
}

/** A history row with its actor's name, as the API shows it. */
export interface StatusHistoryRow {
  id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  actor_user_id: number | null;
  actor_name: string | null;
  comment: string | null;
  at: string;
}

/** Appends one transition to a contract's status history. */
export async function appendStatusHistory(trx: Transaction<DB>, entry: StatusHistoryEntry): Promise<void> {
  await trx
    .insertInto('contract_status_history')
    .values({
      contract_id: entry.contractId,
      action: entry.action,
      from_status: entry.fromStatus,
      to_status: entry.toStatus,
      actor_user_id: entry.actorUserId,
      comment: entry.comment,
      at: entry.at,
    })
    .execute();
}

/** A contract's status history, oldest first. */
export async function listStatusHistory(db: AnyDb, contractId: number): Promise<StatusHistoryRow[]> {
  return db
    .selectFrom('contract_status_history as h')
    .leftJoin('users as u', 'u.id', 'h.actor_user_id')
    .select([
      'h.id',
      'h.action',
      'h.from_status',
      'h.to_status',
      'h.actor_user_id',
      'u.name as actor_name',
      'h.comment',
      'h.at',
    ])
    .where('h.contract_id', '=', contractId)
    .orderBy('h.id')
    .execute();
}

/** Who last submitted the contract for approval, or null when it never was. */
export async function lastSubmitter(db: AnyDb, contractId: number): Promise<number | null> {
  const row = await db
    .selectFrom('contract_status_history')
    .select('actor_user_id')
    .where('contract_id', '=', contractId)
    .where('action', '=', 'submit')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.actor_user_id == null ? null : Number(row.actor_user_id);
}
