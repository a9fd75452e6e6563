import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { forbidden, invalidFields, notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { createRecordIn } from '../../records/create-record.command.ts';
import { deleteRecordIn } from '../../records/delete-record.command.ts';
import { type RecordContext, recordContext } from '../../records/record-context.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { type StageRow, selectLivePipeline, selectLiveStages } from './pipeline.repository.ts';
import type { StageInputValue } from './pipeline.schemas.ts';
import { stageSetProblem } from './stage-set-rules.ts';
import { deferStageSetRules } from './stage-set-save.ts';
import { changedStageValues, stageRecordValues } from './stage-values.ts';

export interface SaveStageSetProps {
  database: Database;
  viewer: Viewer;
  pipelineId: number;
  /** Every stage in its new order; existing ones by id and version, new ones without. */
  stages: StageInputValue[];
}

/**
 * Saves a pipeline's whole stage list in one transaction, through the records engine (history, events and
 * behaviours apply to every stage written): stages left out are deleted, new ones created, the others
 * updated where they changed, positions following the list's order. The rules about the whole set — one
 * won stage, a lost and an open one, unique positions — are checked on the list before anything is
 * written and on the stored result before it commits; a used stage that would be removed or change its
 * kind refuses it all (409), as does a stale version.
 */
export async function saveStageSet(props: SaveStageSetProps): Promise<StageRow[]> {
  const { database, viewer, pipelineId, stages } = props;
  const context = await recordContext(database, 'pipelineStage', viewer);
  deferStageSetRules(context);
  const problem = stageSetProblem(
    stages.map((stage, index) => ({ id: stage.id ?? null, position: index + 1, kind: stage.kind })),
  );
  if (problem) throw problem;
  return inRecordTransaction(database, async (trx) => {
    if (!(await selectLivePipeline(trx, pipelineId))) throw notFound('pipeline.not_found');
    await writeStageSet(trx, context, pipelineId, stages);
    const saved = await selectLiveStages(trx, [pipelineId]);
    const savedProblem = stageSetProblem(saved);
    if (savedProblem) throw savedProblem;
    return saved;
  });
}

/** The writes of a stage list on an open transaction (also used when a pipeline is created with its stages). */
export async function writeStageSet(
  trx: Transaction<DB>,
  context: RecordContext,
  pipelineId: number,
  stages: StageInputValue[],
): Promise<void> {
  const current = new Map((await selectLiveStages(trx, [pipelineId])).map((stage) => [stage.id, stage]));
  const listed = new Set<number>();
  const problems: Array<{ field: string; code: string }> = [];
  for (const [index, stage] of stages.entries()) {
    if (stage.id === undefined) continue;
    if (listed.has(stage.id))
      problems.push({ field: `stages.${index}.id`, code: 'pipelineStage.duplicate_id' });
    else if (!current.has(stage.id))
      problems.push({ field: `stages.${index}.id`, code: 'pipelineStage.not_in_pipeline' });
    listed.add(stage.id);
  }
  if (problems.length > 0) throw invalidFields(problems);
  const { permissions } = context.viewer;
  const removed = [...current.values()].filter((stage) => !listed.has(stage.id));
  if (removed.length > 0 && !permissions.can('pipelineStage', 'delete')) throw forbidden();
  if (stages.some((stage) => stage.id === undefined) && !permissions.can('pipelineStage', 'create')) {
    throw forbidden();
  }
  for (const stage of removed) await deleteRecordIn(trx, context, stage.id);
  for (const [index, stage] of stages.entries()) {
    const values = stageRecordValues(stage, index + 1);
    const existing = stage.id === undefined ? undefined : current.get(stage.id);
    if (!existing) {
      await createRecordIn(trx, context, { ...values, pipeline: pipelineId });
      continue;
    }
    const changed = changedStageValues(existing, values);
    if (Object.keys(changed).length > 0 || stage.version !== existing.version) {
      await updateRecordIn(trx, context, existing.id, stage.version ?? existing.version, changed);
    }
  }
}
