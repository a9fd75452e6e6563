import type { ConditionNode } from '@lodestar/shared';
import type { Kysely, Transaction } from 'kysely';
import { type DB, type LeadPoolTable, toBool } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** A pool as the pool features use it. */
export interface Pool {
  id: number;
  name: string;
  description: string | null;
  departmentId: number | null;
  region: string | null;
  position: number;
  dailyClaimLimit: number | null;
  maxOwnedLeads: number | null;
  reclaimCooldownDays: number;
  noFollowUpDays: number | null;
  notConvertedDays: number | null;
  recycleCondition: ConditionNode | null;
  reminderDays: number | null;
  members: Array<{ userId: number; name: string; isManager: boolean }>;
  createdAt: string;
  updatedAt: string;
}

function poolOf(row: LeadPoolTable, members: Pool['members']): Pool {
  let condition: ConditionNode | null = null;
  try {
    condition = row.recycle_condition ? (JSON.parse(row.recycle_condition) as ConditionNode) : null;
  } catch {
    condition = null;
  }
  return {
    id: Number(row.id),
    name: row.name,
    description: row.description,
    departmentId: row.department_id == null ? null : Number(row.department_id),
    region: row.region,
    position: row.position,
    dailyClaimLimit: row.daily_claim_limit,
    maxOwnedLeads: row.max_owned_leads,
    reclaimCooldownDays: row.reclaim_cooldown_days,
    noFollowUpDays: row.no_follow_up_days,
    notConvertedDays: row.not_converted_days,
    recycleCondition: condition,
    reminderDays: row.reminder_days,
    members,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Pools (all, or those with the given ids) in their order, with their members. */
export async function selectPools(db: AnyDb, ids?: number[]): Promise<Pool[]> {
  if (ids && ids.length === 0) return [];
  let query = db.selectFrom('lead_pools').selectAll();
  if (ids) query = query.where('id', 'in', ids);
  const rows = await query.orderBy('position').orderBy('id').execute();
  if (rows.length === 0) return [];
  const members = await db
    .selectFrom('lead_pool_members')
    .innerJoin('users', 'users.id', 'lead_pool_members.user_id')
    .select([
      'lead_pool_members.pool_id',
      'lead_pool_members.user_id',
      'lead_pool_members.is_manager',
      'users.name',
    ])
    .where(
      'lead_pool_members.pool_id',
      'in',
      rows.map((row) => Number(row.id)),
    )
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
  return rows.map((row) =>
    poolOf(
      row as unknown as LeadPoolTable,
      members
        .filter((member) => Number(member.pool_id) === Number(row.id))
        .map((member) => ({
          userId: Number(member.user_id),
          name: member.name,
          isManager: toBool(member.is_manager),
        })),
    ),
  );
}

/** One pool, or undefined. */
export async function selectPool(db: AnyDb, id: number): Promise<Pool | undefined> {
  return (await selectPools(db, [id]))[0];
}

/** The ids of the pools a user is a member of. */
export async function poolIdsOfMember(db: AnyDb, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('lead_pool_members')
    .select('pool_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => Number(row.pool_id));
}

/**
 * Each member's first pool (by position): where the leads they own return when they have no pool of their
 * own. Returns pool id → the users whose first pool it is.
 */
export async function homeOwnersByPool(db: AnyDb): Promise<Map<number, number[]>> {
  const rows = await db
    .selectFrom('lead_pool_members')
    .innerJoin('lead_pools', 'lead_pools.id', 'lead_pool_members.pool_id')
    .select(['lead_pool_members.user_id', 'lead_pool_members.pool_id'])
    .orderBy('lead_pool_members.user_id')
    .orderBy('lead_pools.position')
    .orderBy('lead_pools.id')
    .execute();
  const seen = new Set<number>();
  const byPool = new Map<number, number[]>();
  for (const row of rows) {
    const userId = Number(row.user_id);
    if (seen.has(userId)) continue;
    seen.add(userId);
    const list = byPool.get(Number(row.pool_id)) ?? [];
    list.push(userId);
    byPool.set(Number(row.pool_id), list);
  }
  return byPool;
}

/** A user's first pool, or undefined. */
export async function firstPoolOf(db: AnyDb, userId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('lead_pool_members')
    .innerJoin('lead_pools', 'lead_pools.id', 'lead_pool_members.pool_id')
    .select('lead_pool_members.pool_id')
    .where('lead_pool_members.user_id', '=', userId)
    .orderBy('lead_pools.position')
    .orderBy('lead_pools.id')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.pool_id) : undefined;
}

export type PoolValues = Omit<LeadPoolTable, 'id' | 'created_at' | 'updated_at'>;

/** Inserts a pool and returns its id. */
export async function insertPool(trx: Transaction<DB>, values: PoolValues, at: string): Promise<number> {
  const row = await trx
    .insertInto('lead_pools')
    .values({ ...values, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updatePoolRow(
  trx: Transaction<DB>,
  id: number,
  values: PoolValues,
  at: string,
): Promise<void> {
  await trx
    .updateTable('lead_pools')
    .set({ ...values, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Makes a pool's members exactly `members`. */
export async function replacePoolMembers(
  trx: Transaction<DB>,
  poolId: number,
  members: Array<{ userId: number; isManager: boolean }>,
): Promise<void> {
  await trx.deleteFrom('lead_pool_members').where('pool_id', '=', poolId).execute();
  if (members.length === 0) return;
  await trx
    .insertInto('lead_pool_members')
    .values(
      members.map((member) => ({ pool_id: poolId, user_id: member.userId, is_manager: member.isManager })),
    )
    .execute();
}

export async function poolNameTaken(db: AnyDb, name: string, exceptId: number | null): Promise<boolean> {
  let query = db.selectFrom('lead_pools').select('id').where('name', '=', name);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function deletePoolRow(trx: Transaction<DB>, id: number): Promise<boolean> {
  const result = await trx.deleteFrom('lead_pools').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
