import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MonthRange } from './report-period.ts';

// biome-ignore lint/suspicious/noExplicitAny: the opportunity table is created from metadata at runtime
const records = (db: Kysely<DB>) => db as unknown as Kysely<any>;

/** Count and amount (fen) of open opportunities per stage. */
export interface StageTotal {
  count: number;
  amount: bigint;
}

/** The moves from one stage to another in a period (`fromStageId` 0: creations). */
export interface FlowTotal {
  fromStageId: number;
  toStageId: number;
  moves: number;
  timedMoves: number;
  seconds: number;
  amount: bigint;
}

/**
 * Open opportunities of a pipeline per stage, their owners matching `ownerWhere` (on `o.owner_id`): one
 * grouped statement on the partial index of open opportunities (literals, not parameters, for its
 * conditions).
 */
export async function selectOpenStageTotals(
  db: Kysely<DB>,
  pipelineId: number,
  ownerWhere: Array<Expression<SqlBool>>,
): Promise<Map<number, StageTotal>> {
  let query = records(db)
    .selectFrom('obj_opportunity as o')
    .select([
      'o.stage_id',
      sql<number>`count(*)`.as('n'),
      sql<string>`cast(coalesce(sum(o.amount), 0) as text)`.as('amount'),
    ])
    .where('o.pipeline_id', '=', pipelineId)
    .where(sql<SqlBool>`o.status = 'open' and o.deleted_at is null`);
  for (const predicate of ownerWhere) query = query.where(predicate);
  const rows = await query.groupBy('o.stage_id').execute();
  return new Map(
    rows.map((row) => [Number(row.stage_id), { count: Number(row.n), amount: BigInt(String(row.amount)) }]),
  );
}

/**
 * The moves of a pipeline's opportunities between stages in a range of months (all time when null), their
 * owners at the time matching `ownerWhere` (on `f.owner_id`), read from the monthly flow roll-up: one grouped
 * statement over at most (months × owners × moves) rows, never the history itself.
 */
export async function selectStageFlows(
  db: Kysely<DB>,
  pipelineId: number,
  range: MonthRange | null,
  ownerWhere: Array<Expression<SqlBool>>,
): Promise<FlowTotal[]> {
  let query = db
    .selectFrom('opportunity_stage_flow as f')
    .select([
      'f.from_stage_id',
      'f.to_stage_id',
      sql<string>`cast(sum(f.moves) as text)`.as('moves'),
      sql<string>`cast(sum(f.timed_moves) as text)`.as('timed_moves'),
      sql<string>`cast(sum(f.seconds) as text)`.as('seconds'),
      sql<string>`cast(sum(f.amount) as text)`.as('amount'),
    ])
    .where('f.pipeline_id', '=', pipelineId);
  if (range) query = query.where('f.month', '>=', range.from).where('f.month', '<=', range.to);
  for (const predicate of ownerWhere) query = query.where(predicate);
  const rows = await query.groupBy(['f.from_stage_id', 'f.to_stage_id']).execute();
  return rows.map((row) => ({
    fromStageId: Number(row.from_stage_id),
    toStageId: Number(row.to_stage_id),
    moves: Number(row.moves),
    timedMoves: Number(row.timed_moves),
    seconds: Number(row.seconds),
    amount: BigInt(row.amount),
  }));
}
