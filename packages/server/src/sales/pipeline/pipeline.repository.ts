import { type Kysely, sql, type Transaction } from 'kysely';
import { runtimeTables as records } from '../../db/runtime-tables.ts';
import type { DB } from '../../db/schema.ts';
import { toBool } from '../../db/schema.ts';

/**
 * Reads of the pipeline and stage record tables (`obj_pipeline`, `obj_pipeline_stage`) and of the stage
 * columns of opportunities, for the behaviours and the settings API. Writes go through the records engine,
 * except the default pipeline created before any user exists and the realignment of probabilities.
 */

type AnyDb = Kysely<DB> | Transaction<DB>;

export const PIPELINE_TABLE = 'obj_pipeline';
export const STAGE_TABLE = 'obj_pipeline_stage';
export const OPPORTUNITY_TABLE = 'obj_opportunity';

export type StageKind = 'open' | 'won' | 'lost';

export interface PipelineRow {
  id: number;
  version: number;
  name: string;
  isDefault: boolean;
  active: boolean;
  description: string | null;
}

export interface StageRow {
  id: number;
  version: number;
  pipelineId: number;
  name: string;
  position: number;
  probability: number | null;
  targetConversion: number | null;
  expectedDaysMin: number | null;
  expectedDaysMax: number | null;
  kind: StageKind;
}

const num = (value: unknown): number | null => (value == null ? null : Number(value));

function toPipeline(row: Record<string, unknown>): PipelineRow {
  return {
    id: Number(row.id),
    version: Number(row.version),
    name: String(row.name ?? ''),
    isDefault: toBool(row.is_default as number | boolean | null),
    active: row.active == null ? true : toBool(row.active as number | boolean),
    description: row.description == null ? null : String(row.description),
  };
}

function toStage(row: Record<string, unknown>): StageRow {
  return {
    id: Number(row.id),
    version: Number(row.version),
    pipelineId: Number(row.pipeline_id),
    name: String(row.name ?? ''),
    position: Number(row.position),
    probability: num(row.probability),
    targetConversion: num(row.target_conversion),
    expectedDaysMin: num(row.expected_days_min),
    expectedDaysMax: num(row.expected_days_max),
    kind: (row.kind as StageKind) ?? 'open',
  };
}

/** Live pipelines, the default first, then by id. */
export async function selectLivePipelines(db: AnyDb): Promise<PipelineRow[]> {
  const rows = await records(db)
    .selectFrom(PIPELINE_TABLE)
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map(toPipeline).sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.id - b.id);
}

/** A live pipeline, or undefined. */
export async function selectLivePipeline(db: AnyDb, id: number): Promise<PipelineRow | undefined> {
  const row = await records(db)
    .selectFrom(PIPELINE_TABLE)
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toPipeline(row) : undefined;
}

/** The id of the live default pipeline, or null when there is none. */
export async function selectDefaultPipelineId(db: AnyDb): Promise<number | null> {
  const row = await records(db)
    .selectFrom(PIPELINE_TABLE)
    .select('id')
    .where('is_default', '=', true)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  return row ? Number(row.id) : null;
}

/** Whether any pipeline was ever created (the recycle bin included). */
export async function anyPipelineExists(db: AnyDb): Promise<boolean> {
  return (
    (await records(db).selectFrom(PIPELINE_TABLE).select('id').limit(1).executeTakeFirst()) !== undefined
  );
}

/** The other live pipelines marked default. */
export async function selectOtherDefaultPipelines(
  db: AnyDb,
  exceptId: number,
): Promise<Array<{ id: number; version: number }>> {
  const rows = await records(db)
    .selectFrom(PIPELINE_TABLE)
    .select(['id', 'version'])
    .where('is_default', '=', true)
    .where('deleted_at', 'is', null)
    .where('id', '<>', exceptId)
    .execute();
  return rows.map((row) => ({ id: Number(row.id), version: Number(row.version) }));
}

/** When a pipeline was deleted, or null when it is live or unknown. */
export async function selectPipelineDeletedAt(db: AnyDb, id: number): Promise<string | null> {
  const row = await records(db)
    .selectFrom(PIPELINE_TABLE)
    .select('deleted_at')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.deleted_at == null ? null : new Date(String(row.deleted_at)).toISOString();
}

/** A live stage, or undefined. */
export async function selectLiveStage(db: AnyDb, id: number): Promise<StageRow | undefined> {
  const row = await records(db)
    .selectFrom(STAGE_TABLE)
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toStage(row) : undefined;
}

/** The live stages of one or several pipelines, in order (position, then id). */
export async function selectLiveStages(db: AnyDb, pipelineIds: number[]): Promise<StageRow[]> {
  if (pipelineIds.length === 0) return [];
  const rows = await records(db)
    .selectFrom(STAGE_TABLE)
    .selectAll()
    .where('pipeline_id', 'in', pipelineIds)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(toStage);
}

/** Stages of a pipeline deleted at or after `since` (deleted along with it), for a restore. */
export async function selectStagesDeletedSince(
  db: AnyDb,
  pipelineId: number,
  since: string,
): Promise<number[]> {
  const rows = await records(db)
    .selectFrom(STAGE_TABLE)
    .select('id')
    .where('pipeline_id', '=', pipelineId)
    .where('deleted_at', '>=', since)
    .execute();
  return rows.map((row) => Number(row.id));
}

/**
 * Whether any opportunity — live or in the recycle bin, which may come back — refers to the pipeline or
 * stage (an index seek on the lookup column).
 */
export async function opportunitiesReferTo(
  db: AnyDb,
  column: 'pipeline_id' | 'stage_id',
  id: number,
): Promise<boolean> {
  const row = await records(db)
    .selectFrom(OPPORTUNITY_TABLE)
    .select('id')
    .where(column, '=', id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Of the given stages, those some opportunity refers to (one index seek per stage). */
export async function selectStagesInUse(db: AnyDb, stageIds: number[]): Promise<Set<number>> {
  if (stageIds.length === 0) return new Set();
  const rows = await records(db)
    .selectFrom(`${STAGE_TABLE} as s`)
    .select('s.id')
    .where('s.id', 'in', stageIds)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom(`${OPPORTUNITY_TABLE} as o`)
          .select(sql.lit(1).as('one'))
          .whereRef('o.stage_id', '=', 's.id'),
      ),
    )
    .execute();
  return new Set(rows.map((row) => Number(row.id)));
}

/**
 * Moves the opportunities in an open stage to the stage's new win probability. Set-based and without field
 * history: the probability is derived from the stage (managed), and the stage's own history records the
 * change. The versions move on, so an edit begun before it fails as stale instead of writing the old value.
 */
export async function realignStageProbability(
  trx: Transaction<DB>,
  stageId: number,
  probability: number,
  at: string,
): Promise<void> {
  await records(trx)
    .updateTable(OPPORTUNITY_TABLE)
    .set({ probability, version: sql`version + 1`, updated_at: at })
    .where('stage_id', '=', stageId)
    .where('deleted_at', 'is', null)
    .where('probability', 'is distinct from', probability)
    .execute();
}

/** Moves the live stages of a pipeline to the recycle bin with it; returns their ids. */
export async function softDeleteStagesOf(
  trx: Transaction<DB>,
  pipelineId: number,
  at: string,
  actorUserId: number,
): Promise<number[]> {
  const rows = await records(trx)
    .updateTable(STAGE_TABLE)
    .set({ deleted_at: at, updated_at: at, updated_by: actorUserId, version: sql`version + 1` })
    .where('pipeline_id', '=', pipelineId)
    .where('deleted_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((row) => Number(row.id));
}
