import { Decimal } from '@lodestar/shared';
import { type Expression, type SqlBool, sql } from 'kysely';
import { notFound } from '../../errors.ts';
import { viewerScope } from '../../platform/permissions/data-scope.ts';
import { presentRecord, type RecordOutput } from '../../records/record.presenter.ts';
import { RECORD_ALIAS } from '../../records/record.repository.ts';
import { type RecordContext, visibleFields } from '../../records/record-context.ts';
import { encodeCursor } from '../../records/record-cursor.ts';
import {
  applyFieldSelection,
  type FieldSelection,
  parseFieldSelection,
} from '../../records/record-fields.ts';
import { filterPredicate } from '../../records/record-filter.ts';
import { selectSortedPage } from '../../records/record-page.ts';
import { scopeWhere } from '../../records/record-scope.ts';
import { searchPredicate } from '../../records/record-search.ts';
import { parseSort, type SortKey } from '../../records/record-sort.ts';
import { type StageRow, selectLivePipeline, selectLiveStages } from '../pipeline/pipeline.repository.ts';
import { OPEN_TOTALS_ALIAS, selectOpenTotals } from './open-stage-totals.repository.ts';
import { selectStageTotals } from './opportunity-board.repository.ts';
import type { BoardOutput } from './opportunity-board.schemas.ts';

export interface BoardInput {
  q?: string | undefined;
  filter?: string | undefined;
  sort?: string | undefined;
  limit: number;
}

/** What a card shows: name, account, amount, close date, owner (those of them the viewer may see). */
const CARD_FIELDS = ['name', 'account', 'amount', 'closeDate', 'probability', 'stage', 'pipeline', 'status'];
const CARD_RELATED = ['account.name', 'owner.name'];
const DEFAULT_CARD_SORT = '-amount';

/**
 * A pipeline's kanban as the viewer sees it: per open stage, the count and amount of the open opportunities
 * in their data scope that match the list's search and filter (one grouped statement), and the first page
 * of cards (one keyset page per column: as many statements as the pipeline has open stages, whatever the
 * number of opportunities). The won and lost stages come as drop targets.
 */
export async function opportunityBoard(
  context: RecordContext,
  pipelineId: number,
  input: BoardInput,
): Promise<BoardOutput> {
  const db = context.database.db;
  const pipeline = await selectLivePipeline(db, pipelineId);
  if (!pipeline) throw notFound('pipeline.not_found');
  const stages = await selectLiveStages(db, [pipelineId]);
  const where = boardWhere(context, pipelineId, input);
  const totals = await boardTotals(context, pipelineId, input, where);
  const keys = parseSort(context, input.sort ?? DEFAULT_CARD_SORT);
  const selection = await cardSelection(context);
  const columns: BoardOutput['columns'] = [];
  for (const stage of stages.filter((s) => s.kind === 'open')) {
    const page = await columnPage(context, where, stage.id, keys, selection, undefined, input.limit);
    const total = totals.get(stage.id);
    columns.push({
      stage: boardStage(stage),
      count: total?.count ?? 0,
      amount: Decimal.fromUnits(total?.amount ?? 0n, 2).toString(),
      ...page,
    });
  }
  return {
    pipeline: { id: pipeline.id, name: pipeline.name },
    columns,
    closedStages: stages.filter((s) => s.kind !== 'open').map(boardStage),
  };
}

/** The next page of one column of the board. */
export async function opportunityBoardColumn(
  context: RecordContext,
  pipelineId: number,
  stageId: number,
  input: BoardInput & { cursor?: string | undefined },
): Promise<{ cards: RecordOutput[]; nextCursor: string | null }> {
  const stages = await selectLiveStages(context.database.db, [pipelineId]);
  if (!stages.some((stage) => stage.id === stageId && stage.kind === 'open'))
    throw notFound('pipeline.not_found');
  const keys = parseSort(context, input.sort ?? DEFAULT_CARD_SORT);
  const where = boardWhere(context, pipelineId, input);
  return columnPage(context, where, stageId, keys, await cardSelection(context), input.cursor, input.limit);
}

/**
 * The column totals: from the open totals kept per (stage, owner) when only the data scope narrows the board
 * (a few rows per owner, whatever the number of opportunities); counted from the opportunities when a search
 * or filter does.
 */
function boardTotals(
  context: RecordContext,
  pipelineId: number,
  input: BoardInput,
  where: Array<Expression<SqlBool>>,
) {
  if (input.filter || input.q?.trim()) return selectStageTotals(context.database.db, where);
  const scope = viewerScope(context.viewer, context.object.apiName, 'read', `${OPEN_TOTALS_ALIAS}.owner_id`);
  return selectOpenTotals(context.database.db, pipelineId, scope ? [scope] : []);
}

/**
 * The predicates of the board: data scope and liveness, the pipeline, open opportunities only (spelled as
 * literals, which the partial indexes of open opportunities need), the list's search and filter.
 */
function boardWhere(
  context: RecordContext,
  pipelineId: number,
  input: BoardInput,
): Array<Expression<SqlBool>> {
  const where = scopeWhere(context, 'read', 'live');
  where.push(sql<SqlBool>`${sql.ref(`${RECORD_ALIAS}.pipeline_id`)} = ${pipelineId}`);
  where.push(sql<SqlBool>`${sql.ref(`${RECORD_ALIAS}.status`)} = 'open'`);
  if (input.filter) where.push(filterPredicate(context, input.filter));
  if (input.q?.trim()) where.push(searchPredicate(context, input.q));
  return where;
}

async function columnPage(
  context: RecordContext,
  where: Array<Expression<SqlBool>>,
  stageId: number,
  keys: SortKey[],
  selection: FieldSelection,
  cursor: string | undefined,
  limit: number,
): Promise<{ cards: RecordOutput[]; nextCursor: string | null }> {
  const rows = await selectSortedPage(
    context.database.db,
    {
      table: context.object.tableName,
      where: [...where, sql<SqlBool>`${sql.ref(`${RECORD_ALIAS}.stage_id`)} = ${stageId}`],
      joins: selection.joins,
      selects: selection.selects,
    },
    keys,
    cursor,
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    cards: page.map((row) => applyFieldSelection(selection, presentRecord(context, row), row)),
    nextCursor: rows.length > limit && last ? encodeCursor(keys, last) : null,
  };
}

/** The card fields the viewer may see, with the account's and owner's names. */
function cardSelection(context: RecordContext): Promise<FieldSelection> {
  const visible = new Set(visibleFields(context).map((field) => field.apiName));
  const own = CARD_FIELDS.filter((field) => visible.has(field));
  const related = CARD_RELATED.filter(
    (path) => path.startsWith('owner.') || visible.has(path.split('.')[0]!),
  );
  return parseFieldSelection(context, [...own, ...related].join(','));
}

function boardStage(stage: StageRow) {
  return {
    id: stage.id,
    name: stage.name,
    kind: stage.kind,
    position: stage.position,
    probability: stage.probability,
  };
}
