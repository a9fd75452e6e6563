import type { Kysely, Transaction } from 'kysely';
import { type DB, toBool } from '../../db/schema.ts';
import { todayIn } from '../../records/formulas/computed-field.ts';
import type { LeadTable } from '../lead/lead-table.ts';
import { countOpenLeads, isAway } from '../lead-assignment/candidates.repository.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** Of `userIds`, those who may take a lead now: active and not away today (company time zone). */
async function available(db: AnyDb, userIds: number[], now: Date, timeZone: string): Promise<number[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .leftJoin('lead_assignees', 'lead_assignees.user_id', 'users.id')
    .select(['users.id', 'lead_assignees.away', 'lead_assignees.away_until'])
    .where('users.id', 'in', userIds)
    .where('users.status', '=', 'active')
    .execute();
  const today = todayIn(now, timeZone);
  const ok = new Set(
    rows
      .filter((row) => !isAway(row.away == null ? false : toBool(row.away), row.away_until ?? null, today))
      .map((row) => Number(row.id)),
  );
  return userIds.filter((id) => ok.has(id));
}

/** The rep who last gave the lead up (recycled or returned), when they may take it back now. */
export async function previousOwnerOf(
  db: AnyDb,
  leadId: number,
  now: Date,
  timeZone: string,
): Promise<number | null> {
  const row = await db
    .selectFrom('lead_pool_events')
    .select('from_user_id')
    .where('lead_id', '=', leadId)
    .where('from_user_id', 'is not', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row?.from_user_id) return null;
  return (await available(db, [Number(row.from_user_id)], now, timeZone))[0] ?? null;
}

/** The pool's managers who may take a lead now, the one with the fewest open leads first. */
export async function availableManagersOf(
  db: AnyDb,
  leads: LeadTable,
  poolId: number,
  now: Date,
): Promise<number[]> {
  const rows = await db
    .selectFrom('lead_pool_members')
    .select('user_id')
    .where('pool_id', '=', poolId)
    .where('is_manager', '=', true)
    .orderBy('user_id')
    .execute();
  const ids = await available(
    db,
    rows.map((row) => Number(row.user_id)),
    now,
    leads.timeZone,
  );
  const load = await countOpenLeads(db, leads, ids);
  return [...ids].sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || a - b);
}

/** Every manager of a pool (to tell them an engaged lead still waits). */
export async function managersOf(db: AnyDb, poolId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('lead_pool_members')
    .select('user_id')
    .where('pool_id', '=', poolId)
    .where('is_manager', '=', true)
    .execute();
  return rows.map((row) => Number(row.user_id));
}

/** A user as a reference (id and name), or null for none. */
export async function userRefOf(
  trx: Transaction<DB>,
  userId: number | null,
): Promise<{ id: number; name: string } | null> {
  if (userId === null) return null;
  const user = await trx
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return user ? { id: Number(user.id), name: user.name } : null;
}
