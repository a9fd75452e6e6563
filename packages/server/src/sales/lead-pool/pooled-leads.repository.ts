import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { LeadTable } from '../lead/lead-table.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
const dynamic = (db: AnyDb) => db as unknown as Kysely<any>;

/** How many leads wait in each pool (no owner, not deleted). */
export async function countPooledLeads(
  db: AnyDb,
  leads: LeadTable,
  poolIds: number[],
): Promise<Map<number, number>> {
  if (poolIds.length === 0) return new Map();
  const rows = await dynamic(db)
    .selectFrom('lead_custody as c')
    .innerJoin(`${leads.table} as r`, 'r.id', 'c.lead_id')
    .select(['c.pool_id', (eb) => eb.fn.countAll().as('n')])
    .where('c.pool_id', 'in', poolIds)
    .where('r.owner_id', 'is', null)
    .where('r.deleted_at', 'is', null)
    .groupBy('c.pool_id')
    .execute();
  return new Map(rows.map((row) => [Number(row.pool_id), Number(row.n)]));
}

export interface PooledLeadRow {
  id: number;
  name: string | null;
  company: string | null;
  source: string | null;
  region: string | null;
  status: string | null;
  pooled_at: string | null;
}

/** A page of the leads waiting in a pool, newest lead first (keyset on id). */
export async function selectPooledLeads(
  db: AnyDb,
  leads: LeadTable,
  columns: { company: string; source: string; region: string },
  poolId: number,
  page: { limit: number; beforeId?: number | undefined },
): Promise<PooledLeadRow[]> {
  let query = dynamic(db)
    .selectFrom('lead_custody as c')
    .innerJoin(`${leads.table} as r`, 'r.id', 'c.lead_id')
    .select([
      'r.id',
      sql.ref(`r.${leads.name}`).as('name'),
      sql.ref(`r.${columns.company}`).as('company'),
      sql.ref(`r.${columns.source}`).as('source'),
      sql.ref(`r.${columns.region}`).as('region'),
      sql.ref(`r.${leads.status}`).as('status'),
      'c.pooled_at',
    ])
    .where('c.pool_id', '=', poolId)
    .where('r.owner_id', 'is', null)
    .where('r.deleted_at', 'is', null);
  if (page.beforeId !== undefined) query = query.where('r.id', '<', page.beforeId);
  const rows = (await query
    .orderBy('r.id', 'desc')
    .limit(page.limit + 1)
    .execute()) as PooledLeadRow[];
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}

/** The leads among `leadIds` that wait in `poolId`, with their names. */
export async function pooledAmong(
  db: AnyDb,
  leads: LeadTable,
  poolId: number,
  leadIds: number[],
): Promise<Map<number, string>> {
  if (leadIds.length === 0) return new Map();
  const rows = (await dynamic(db)
    .selectFrom('lead_custody as c')
    .innerJoin(`${leads.table} as r`, 'r.id', 'c.lead_id')
    .select(['r.id', sql.ref(`r.${leads.name}`).as('name')])
    .where('c.pool_id', '=', poolId)
    .where('r.id', 'in', leadIds)
    .where('r.owner_id', 'is', null)
    .where('r.deleted_at', 'is', null)
    .execute()) as Array<{ id: number; name: string | null }>;
  return new Map(rows.map((row) => [Number(row.id), row.name ?? `#${row.id}`]));
}

/** The last event that brought each lead into its pool (recycled, returned, entered). */
export async function lastEntries(
  db: AnyDb,
  leadIds: number[],
): Promise<
  Map<
    number,
    { kind: string; from_user_id: number | null; reason_code: string | null; reason: string | null }
  >
> {
  if (leadIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('lead_pool_events')
    .select(['id', 'lead_id', 'kind', 'from_user_id', 'reason_code', 'reason'])
    .where('lead_id', 'in', leadIds)
    .where('kind', 'in', ['entered', 'recycled', 'returned'])
    .orderBy('id')
    .execute();
  const result = new Map<
    number,
    { kind: string; from_user_id: number | null; reason_code: string | null; reason: string | null }
  >();
  for (const row of rows)
    result.set(Number(row.lead_id), {
      kind: row.kind,
      from_user_id: row.from_user_id == null ? null : Number(row.from_user_id),
      reason_code: row.reason_code,
      reason: row.reason,
    });
  return result;
}
