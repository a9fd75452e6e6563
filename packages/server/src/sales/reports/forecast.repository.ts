import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { CLOSE_MONTH } from '../opportunity/opportunity-indexes.ts';
import type { MonthRange } from './report-period.ts';

// biome-ignore lint/suspicious/noExplicitAny: the opportunity table is created from metadata at runtime
const records = (db: Kysely<DB>) => db as unknown as Kysely<any>;

/** Sums of one (close month, owner, status) cell; amounts in fen, `weightedBasis` in fen × basis points. */
export interface ForecastCell {
  month: string;
  ownerId: number | null;
  status: 'open' | 'won';
  count: number;
  amount: bigint;
  /** Σ amount × probability in basis points (percent × 100): exact, divided by 10,000 only for display. */
  weightedBasis: bigint;
  commit: bigint;
}

/**
 * Open and won opportunities closing in a range of months per status, close month and owner, in one grouped
 * statement that reads the forecast index in group order (integer arithmetic only: amounts in fen times
 * probabilities in basis points). Open opportunities marked `omitted` count in none of the open sums. The
 * sums come back as text so that no total passes through a floating-point number.
 */
export async function selectForecastCells(
  db: Kysely<DB>,
  range: MonthRange,
  pipelineId: number | undefined,
  ownerWhere: Array<Expression<SqlBool>>,
): Promise<ForecastCell[]> {
  const month = sql<string>`${sql.raw(CLOSE_MONTH.replace('close_date', 'o.close_date'))}`;
  const counted = sql`(o.status = 'won' or o.forecast_category is null or o.forecast_category <> 'omitted')`;
  let query = records(db)
    .selectFrom('obj_opportunity as o')
    .select([
      'o.status',
      month.as('month'),
      'o.owner_id',
      sql<number>`sum(case when ${counted} then 1 else 0 end)`.as('n'),
      sql<string>`cast(coalesce(sum(case when ${counted} then o.amount else 0 end), 0) as text)`.as('amount'),
      sql<string>`cast(coalesce(sum(case when ${counted} then o.amount * cast(round(o.probability * 100) as bigint) else 0 end), 0) as text)`.as(
        'weighted',
      ),
      sql<string>`cast(coalesce(sum(case when o.forecast_category = 'commit' then o.amount else 0 end), 0) as text)`.as(
        'commit',
      ),
    ])
    .where(sql<SqlBool>`o.deleted_at is null and o.status in ('open', 'won')`)
    .where(month, '>=', range.from)
    .where(month, '<=', range.to);
  if (pipelineId !== undefined) query = query.where('o.pipeline_id', '=', pipelineId);
  for (const predicate of ownerWhere) query = query.where(predicate);
  const rows = await query.groupBy(['o.status', month, 'o.owner_id']).execute();
  return rows
    .filter((row) => Number(row.n) > 0)
    .map((row) => ({
      month: String(row.month),
      ownerId: row.owner_id == null ? null : Number(row.owner_id),
      status: row.status as 'open' | 'won',
      count: Number(row.n),
      amount: BigInt(String(row.amount)),
      weightedBasis: BigInt(String(row.weighted)),
      commit: BigInt(String(row.commit)),
    }));
}

/** Names and departments of users, for the per-owner and per-department rows. */
export async function selectOwners(
  db: Kysely<DB>,
  ids: number[],
): Promise<Map<number, { name: string; departmentId: number | null; departmentName: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .select(['users.id', 'users.name', 'users.department_id', 'departments.name as department_name'])
    .where('users.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((row) => [
      Number(row.id),
      {
        name: row.name,
        departmentId: row.department_id == null ? null : Number(row.department_id),
        departmentName: row.department_name ?? null,
      },
    ]),
  );
}
