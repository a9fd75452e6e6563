import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { DB, OpportunityOpenTotalsTable } from '../../db/schema.ts';
import { OPPORTUNITY_TABLE } from '../pipeline/pipeline.repository.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** The alias of the totals table in `selectOpenTotals`: scope predicates name `${OPEN_TOTALS_ALIAS}.owner_id`. */
export const OPEN_TOTALS_ALIAS = 'ot';
const TOTALS_AS = 'opportunity_open_totals as ot';

/** Adds `count` opportunities worth `amount` fen to a cell (negative to take them away). */
export async function addToOpenTotals(trx: Transaction<DB>, cell: OpportunityOpenTotalsTable): Promise<void> {
  const add = (column: string) =>
    sql<number>`${sql.ref(`opportunity_open_totals.${column}`)} + ${sql.ref(`excluded.${column}`)}`;
  await trx
    .insertInto('opportunity_open_totals')
    .values(cell)
    .onConflict((conflict) =>
      conflict.columns(['pipeline_id', 'stage_id', 'owner_id']).doUpdateSet({
        open_count: add('open_count'),
        open_amount: add('open_amount'),
      }),
    )
    .execute();
}

/**
 * Recomputes the totals from the opportunities themselves — all of them, or those of some owners — for data
 * that changed in bulk (the generator, a handover) rather than through opportunity writes.
 */
export async function rebuildOpenTotals(trx: Transaction<DB>, ownerIds?: number[]): Promise<void> {
  if (ownerIds && ownerIds.length === 0) return;
  let clear = trx.deleteFrom('opportunity_open_totals');
  if (ownerIds) clear = clear.where('owner_id', 'in', ownerIds);
  await clear.execute();
  const ofOwners = ownerIds ? sql`and owner_id in (${sql.join(ownerIds)})` : sql``;
  await sql`
    insert into opportunity_open_totals (pipeline_id, stage_id, owner_id, open_count, open_amount)
    select pipeline_id, stage_id, coalesce(owner_id, 0), count(*), coalesce(sum(amount), 0)
    from ${sql.table(OPPORTUNITY_TABLE)}
    where status = 'open' and deleted_at is null and pipeline_id is not null and stage_id is not null ${ofOwners}
    group by pipeline_id, stage_id, coalesce(owner_id, 0)`.execute(trx);
}

/** Whether the totals are empty while open opportunities exist (a database from before the totals). */
export async function openTotalsMissing(db: AnyDb): Promise<boolean> {
  const total = await db.selectFrom('opportunity_open_totals').select('stage_id').limit(1).executeTakeFirst();
  if (total) return false;
  const open = await (db as unknown as Kysely<Record<string, { id: number; status: string }>>)
    .selectFrom(OPPORTUNITY_TABLE)
    .select('id')
    .where('status', '=', 'open')
    .limit(1)
    .executeTakeFirst();
  return open !== undefined;
}

/**
 * Count and amount (fen) of the open opportunities of a pipeline per stage, over the owners `where` admits
 * (the viewer's data scope on `${OPEN_TOTALS_ALIAS}.owner_id`): as many rows as stages × owners, whatever the
 * number of opportunities.
 */
export async function selectOpenTotals(
  db: AnyDb,
  pipelineId: number,
  where: Array<Expression<SqlBool>>,
): Promise<Map<number, { count: number; amount: bigint }>> {
  let query = db
    .selectFrom(TOTALS_AS)
    .select([
      'ot.stage_id',
      sql<string>`cast(coalesce(sum(${sql.ref(`${OPEN_TOTALS_ALIAS}.open_count`)}), 0) as text)`.as('n'),
      sql<string>`cast(coalesce(sum(${sql.ref(`${OPEN_TOTALS_ALIAS}.open_amount`)}), 0) as text)`.as(
        'amount',
      ),
    ])
    .where('ot.pipeline_id', '=', pipelineId);
  for (const predicate of where) query = query.where(predicate);
  const rows = await query.groupBy('ot.stage_id').execute();
  return new Map(
    rows
      .filter((row) => Number(row.n) !== 0)
      .map((row) => [Number(row.stage_id), { count: Number(row.n), amount: BigInt(String(row.amount)) }]),
  );
}
