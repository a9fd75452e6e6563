import type { Database } from '../../db/database.ts';
import { forbidden, notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { leadTable } from '../lead/lead-table.ts';
import type { PoolOutput } from './lead-pool.schemas.ts';
import { presentPool } from './pool.presenter.ts';
import { type Pool, poolIdsOfMember, selectPool, selectPools } from './pool.repository.ts';
import { isPoolAdmin, poolStanding } from './pool-standing.ts';
import { countPooledLeads } from './pooled-leads.repository.ts';
import './lead-pool.messages.ts';

/** The pools the viewer sees (all for settings administrators, else those they belong to), in order. */
export async function listPools(database: Database, viewer: Viewer): Promise<PoolOutput[]> {
  const db = database.db;
  const pools = isPoolAdmin(viewer)
    ? await selectPools(db)
    : await selectPools(db, await poolIdsOfMember(db, viewer.userId));
  return presentPools(database, viewer, pools);
}

/** One pool the viewer may see (403 for others, 404 when missing). */
export async function readPool(database: Database, viewer: Viewer, id: number): Promise<PoolOutput> {
  const pool = await visiblePoolOrThrow(database, viewer, id);
  return (await presentPools(database, viewer, [pool]))[0]!;
}

/** A pool the viewer belongs to or administers. */
export async function visiblePoolOrThrow(database: Database, viewer: Viewer, id: number): Promise<Pool> {
  const pool = await selectPool(database.db, id);
  if (!pool) throw notFound('leadPool.not_found');
  if (!isPoolAdmin(viewer) && !pool.members.some((member) => member.userId === viewer.userId))
    throw forbidden('leadPool.not_member');
  return pool;
}

async function presentPools(database: Database, viewer: Viewer, pools: Pool[]): Promise<PoolOutput[]> {
  const leads = await leadTable(database);
  const counts = await countPooledLeads(
    database.db,
    leads,
    pools.map((pool) => pool.id),
  );
  const now = new Date();
  const result: PoolOutput[] = [];
  for (const pool of pools)
    result.push(
      presentPool(pool, counts.get(pool.id) ?? 0, await poolStanding(database.db, leads, pool, viewer, now)),
    );
  return result;
}
