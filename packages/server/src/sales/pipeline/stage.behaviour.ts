import { conflict, invalidFields } from '../../errors.ts';
import {
  type CompletedWrite,
  type PendingWrite,
  registerRecordBehaviour,
} from '../../records/record-behaviour.ts';
import './pipeline.messages.ts';
import {
  opportunitiesReferTo,
  realignStageProbability,
  type StageKind,
  selectLivePipeline,
  selectLiveStages,
} from './pipeline.repository.ts';
import { stageSetRulesDeferred } from './stage-set-save.ts';

/**
 * 商机阶段: a stage belongs to one pipeline for good; positions are unique within it; a pipeline keeps
 * exactly one won stage and at least one lost and one open stage; a stage some opportunity uses is neither
 * deleted nor given another kind. Won stages weigh 100 %, lost ones 0 %; when an open stage's probability
 * changes, the opportunities in it follow.
 */
async function beforeStageWrite(write: PendingWrite): Promise<void> {
  const { values, before, kind } = write;
  const pipelineId = Number(values.pipeline);
  const stageKind = values.kind as StageKind;
  const deferred = stageSetRulesDeferred(write.context);

  if (kind === 'delete' || kind === 'restore') {
    if (kind === 'delete' && (await opportunitiesReferTo(write.trx, 'stage_id', write.id!))) {
      throw conflict('pipelineStage.in_use', { name: values.name });
    }
    if (!(await selectLivePipeline(write.trx, pipelineId))) {
      if (kind === 'restore') throw conflict('pipelineStage.pipeline_deleted');
      return; // deleted along with its pipeline
    }
    if (deferred) return;
    const siblings = (await selectLiveStages(write.trx, [pipelineId])).filter((s) => s.id !== write.id);
    if (kind === 'delete') {
      const problem = missingKind(siblings, stageKind);
      if (problem) throw conflict(problem);
      return;
    }
    if (siblings.some((s) => s.position === Number(values.position))) {
      throw conflict('pipelineStage.position_taken', { position: values.position });
    }
    if (stageKind === 'won' && siblings.some((s) => s.kind === 'won')) {
      throw conflict('pipelineStage.second_won');
    }
    return;
  }

  if (kind === 'update' && before && Number(before.pipeline) !== pipelineId) {
    throw invalidFields([{ field: 'pipeline', code: 'pipelineStage.pipeline_fixed' }]);
  }
  if (kind === 'create' && !(await selectLivePipeline(write.trx, pipelineId))) {
    throw invalidFields([{ field: 'pipeline', code: 'pipelineStage.pipeline_deleted' }]);
  }
  if (stageKind === 'won') write.set('probability', 100);
  else if (stageKind === 'lost') write.set('probability', 0);
  else if (values.probability == null) {
    throw invalidFields([{ field: 'probability', code: 'pipelineStage.probability_required' }]);
  }
  const min = values.expectedDaysMin;
  const max = values.expectedDaysMax;
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    throw invalidFields([{ field: 'expectedDaysMin', code: 'pipelineStage.days_inverted' }]);
  }
  const kindChanged = kind === 'update' && before?.kind !== stageKind;
  if (kindChanged && (await opportunitiesReferTo(write.trx, 'stage_id', write.id!))) {
    throw conflict('pipelineStage.in_use', { name: before?.name ?? values.name });
  }
  if (deferred) return;

  const siblings = (await selectLiveStages(write.trx, [pipelineId])).filter((s) => s.id !== write.id);
  if (siblings.some((s) => s.position === Number(values.position))) {
    throw invalidFields([
      { field: 'position', code: 'pipelineStage.position_taken', params: { position: values.position } },
    ]);
  }
  if (stageKind === 'won' && siblings.some((s) => s.kind === 'won')) {
    throw invalidFields([{ field: 'kind', code: 'pipelineStage.second_won' }]);
  }
  if (kindChanged) {
    const problem = missingKind(siblings, before?.kind as StageKind);
    if (problem) throw invalidFields([{ field: 'kind', code: problem }]);
  }
}

/**
 * The rule broken when a stage of `leaving` kind leaves a pipeline whose other stages are `others`, or null.
 * A pipeline still being built (no won stage yet) may lose its stages freely.
 */
function missingKind(others: Array<{ kind: StageKind }>, leaving: StageKind): string | null {
  if (others.some((s) => s.kind === leaving)) return null;
  if (leaving === 'won') return 'pipelineStage.won_required';
  if (!others.some((s) => s.kind === 'won')) return null;
  return leaving === 'lost' ? 'pipelineStage.lost_required' : 'pipelineStage.open_required';
}

async function afterStageWrite(write: CompletedWrite): Promise<void> {
  if (write.kind !== 'updated' || write.after.kind !== 'open') return;
  if (!write.changes.some((change) => change.field === 'probability')) return;
  await realignStageProbability(write.trx, write.id, Number(write.after.probability), write.at);
}

registerRecordBehaviour('pipelineStage', { beforeWrite: beforeStageWrite, afterWrite: afterStageWrite });
