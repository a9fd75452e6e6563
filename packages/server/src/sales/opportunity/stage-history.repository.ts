import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB, OpportunityStageFlowTable, OpportunityStageHistoryTable } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

export type StageHistoryValues = Omit<OpportunityStageHistoryTable, 'id'>;

/** A row of the stage history as the API shows it. */
export interface StageHistoryRow {
  id: number;
  from_stage_id: number | null;
  to_stage_id: number;
  pipeline_id: number;
  at: string;
  actor_user_id: number | null;
  owner_id: number | null;
  amount: number | null;
  seconds_in_from_stage: number | null;
  actor_name: string | null;
}

/** Appends one move to the history (never updated nor deleted afterwards). */
export async function insertStageHistory(trx: Transaction<DB>, values: StageHistoryValues): Promise<void> {
  await trx.insertInto('opportunity_stage_history').values(values).execute();
}

/** The flow row of a move: `0` for "no stage" (creation) and "no owner". */
export function flowRowOf(move: StageHistoryValues): OpportunityStageFlowTable {
  return {
    pipeline_id: move.pipeline_id,
    month: move.month,
    owner_id: move.owner_id ?? 0,
    from_stage_id: move.from_stage_id ?? 0,
    to_stage_id: move.to_stage_id,
    moves: 1,
    timed_moves: move.seconds_in_from_stage === null ? 0 : 1,
    seconds: move.seconds_in_from_stage ?? 0,
    amount: move.amount ?? 0,
  };
}

/** Adds a move to its cell of the monthly flow (insert, or add to the existing cell). */
export async function addToStageFlow(trx: Transaction<DB>, row: OpportunityStageFlowTable): Promise<void> {
  const add = (column: string) =>
    sql<number>`${sql.ref(`opportunity_stage_flow.${column}`)} + ${sql.ref(`excluded.${column}`)}`;
  await trx
    .insertInto('opportunity_stage_flow')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['pipeline_id', 'month', 'owner_id', 'from_stage_id', 'to_stage_id']).doUpdateSet({
        moves: add('moves'),
        timed_moves: add('timed_moves'),
        seconds: add('seconds'),
        amount: add('amount'),
      }),
    )
    .execute();
}

/**
 * Recomputes the whole monthly flow from the history, in one statement after emptying it: for data that
 * reached the history in bulk (the generator, an import) rather than through opportunity writes.
 */
export async function rebuildStageFlow(trx: Transaction<DB>): Promise<void> {
  await trx.deleteFrom('opportunity_stage_flow').execute();
  await sql`
    insert into opportunity_stage_flow
      (pipeline_id, month, owner_id, from_stage_id, to_stage_id, moves, timed_moves, seconds, amount)
    select pipeline_id, month, coalesce(owner_id, 0), coalesce(from_stage_id, 0), to_stage_id,
      count(*), count(seconds_in_from_stage), coalesce(sum(seconds_in_from_stage), 0), coalesce(sum(amount), 0)
    from opportunity_stage_history
    group by pipeline_id, month, coalesce(owner_id, 0), coalesce(from_stage_id, 0), to_stage_id`.execute(trx);
}

/** The stage history of one opportunity, oldest first. */
export async function selectStageHistory(db: AnyDb, opportunityId: number): Promise<StageHistoryRow[]> {
  return db
    .selectFrom('opportunity_stage_history as h')
    .leftJoin('users as actor', 'actor.id', 'h.actor_user_id')
    .select([
      'h.id',
      'h.from_stage_id',
      'h.to_stage_id',
      'h.pipeline_id',
      'h.at',
      'h.actor_user_id',
      'actor.name as actor_name',
      'h.owner_id',
      'h.amount',
      'h.seconds_in_from_stage',
    ])
    .where('h.opportunity_id', '=', opportunityId)
    .orderBy('h.id')
    .execute();
}

/** Names of stages, deleted ones included (history keeps pointing at them). */
export async function selectStageNames(db: AnyDb, stageIds: number[]): Promise<Map<number, string>> {
  if (stageIds.length === 0) return new Map();
  const rows = await (db as unknown as Kysely<Record<string, { id: number; name: string }>>)
    .selectFrom('obj_pipeline_stage')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(stageIds)])
    .execute();
  return new Map(rows.map((row) => [Number(row.id), String(row.name)]));
}
