import { invalidFields } from '../../errors.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import {
  type CompletedWrite,
  type PendingWrite,
  registerRecordBehaviour,
} from '../../records/record-behaviour.ts';
import { companyToday } from '../contract/contexts-in.ts';
import {
  type StageRow,
  selectDefaultPipelineId,
  selectLivePipeline,
  selectLiveStage,
  selectLiveStages,
} from '../pipeline/pipeline.repository.ts';
import './opportunity.messages.ts';
import { now as clockNow } from '../../platform/clock.ts';
import { appendStageHistory } from './append-stage-history.ts';

/**
 * 商机 and its stage (SPEC P-2): an opportunity is always in a stage of its pipeline — on create the
 * default pipeline and its first open stage unless told otherwise (lead conversion gives neither); the
 * stage's kind and probability become the opportunity's `status` and `probability`; entering a lost stage
 * needs a loss reason; closing (won or lost) stamps `closedAt` (and dates one without an expected close
 * date today, in the company's time zone), reopening clears it (and the loss reason);
 * `stageEnteredAt` marks every stage change, which is appended to the stage history in the same
 * transaction.
 */
async function beforeOpportunityWrite(write: PendingWrite): Promise<void> {
  if (write.kind !== 'create' && write.kind !== 'update') return;
  const { values, before, given } = write;
  if (write.kind === 'update') {
    if (given.has('stage') && values.stage == null) {
      throw invalidFields([{ field: 'stage', code: 'opportunity.stage_required' }]);
    }
    if (given.has('pipeline') && values.pipeline == null) {
      throw invalidFields([{ field: 'pipeline', code: 'opportunity.pipeline_required' }]);
    }
  }
  const stage = await resolveStage(write);
  const previousStage = before?.stage ?? null;
  const stageChanged = previousStage !== stage.id;

  if (Number(values.pipeline) !== stage.pipelineId) write.set('pipeline', stage.pipelineId);
  if (stageChanged) write.set('stage', stage.id);
  if (values.probability !== stage.probability) write.set('probability', stage.probability);
  if (values.status !== stage.kind) write.set('status', stage.kind);

  if (stage.kind === 'lost' && (values.lossReason == null || values.lossReason === '')) {
    throw invalidFields([{ field: 'lossReason', code: 'opportunity.loss_reason_required' }]);
  }
  if (!stageChanged) return;
  const now = clockNow().toISOString();
  write.set('stageEnteredAt', now);
  const wasClosed = before != null && before.status !== 'open' && before.status != null;
  if (stage.kind === 'open') {
    if (values.closedAt != null) write.set('closedAt', null);
    // Reopened: a later loss asks for its own reason.
    if (before?.status === 'lost' && !given.has('lossReason')) write.set('lossReason', null);
  } else if (!wasClosed || before?.status !== stage.kind) {
    write.set('closedAt', now);
    // The forecast counts a deal in its close month: one closed without an expected date closed today.
    if (values.closeDate == null) write.set('closeDate', await companyToday(write.trx, new Date(now)));
  }
}

/**
 * The stage the opportunity will be in: the one it names (live, and of its pipeline when it has one), else
 * — no stage yet, or moved to another pipeline without naming a stage — the first open stage of its
 * pipeline, the default pipeline when it has none.
 */
async function resolveStage(write: PendingWrite): Promise<StageRow> {
  const { values, given } = write;
  const pipelineId = toId(values.pipeline);
  const stageId = toId(values.stage);
  if (stageId !== null) {
    const stage = await selectLiveStage(write.trx, stageId);
    if (!stage) throw invalidFields([{ field: 'stage', code: 'opportunity.unknown_stage' }]);
    if (pipelineId === null || stage.pipelineId === pipelineId) {
      if (given.has('stage') || given.has('pipeline'))
        await assertPipelineTakesOpportunities(write, stage.pipelineId);
      return stage;
    }
    if (given.has('stage'))
      throw invalidFields([{ field: 'stage', code: 'opportunity.stage_not_in_pipeline' }]);
  }
  const target = pipelineId ?? (await selectDefaultPipelineId(write.trx));
  if (target === null) throw invalidFields([{ field: 'pipeline', code: 'opportunity.no_default_pipeline' }]);
  return firstOpenStage(write, target);
}

async function firstOpenStage(write: PendingWrite, pipelineId: number): Promise<StageRow> {
  await assertPipelineTakesOpportunities(write, pipelineId);
  const first = (await selectLiveStages(write.trx, [pipelineId])).find((stage) => stage.kind === 'open');
  if (!first) throw invalidFields([{ field: 'pipeline', code: 'opportunity.pipeline_without_open_stage' }]);
  return first;
}

async function assertPipelineTakesOpportunities(write: PendingWrite, pipelineId: number): Promise<void> {
  if (write.kind === 'update' && toId(write.before?.pipeline) === pipelineId) return;
  const pipeline = await selectLivePipeline(write.trx, pipelineId);
  if (!pipeline) throw invalidFields([{ field: 'pipeline', code: 'opportunity.unknown_pipeline' }]);
  if (!pipeline.active) throw invalidFields([{ field: 'pipeline', code: 'opportunity.pipeline_inactive' }]);
}

const toId = (value: JsonValue | undefined): number | null => (value == null ? null : Number(value));

async function afterOpportunityWrite(write: CompletedWrite): Promise<void> {
  if (write.kind === 'created') {
    await appendStageHistory(write.trx, write.context, {
      opportunityId: write.id,
      fromStageId: null,
      stageEnteredBefore: null,
      after: write.after,
      at: write.at,
    });
  } else if (write.kind === 'updated' && write.changes.some((change) => change.field === 'stage')) {
    await appendStageHistory(write.trx, write.context, {
      opportunityId: write.id,
      fromStageId: toId(write.before?.stage),
      stageEnteredBefore: (write.before?.stageEnteredAt as string | null) ?? null,
      after: write.after,
      at: write.at,
    });
  }
}

registerRecordBehaviour('opportunity', {
  beforeWrite: beforeOpportunityWrite,
  afterWrite: afterOpportunityWrite,
});
