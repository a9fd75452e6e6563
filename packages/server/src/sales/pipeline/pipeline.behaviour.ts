import { conflict, invalidFields } from '../../errors.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import {
  type CompletedWrite,
  type PendingWrite,
  registerRecordBehaviour,
} from '../../records/record-behaviour.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import './pipeline.messages.ts';
import {
  opportunitiesReferTo,
  selectDefaultPipelineId,
  selectOtherDefaultPipelines,
  softDeleteStagesOf,
} from './pipeline.repository.ts';

/**
 * 销售流程: exactly one live pipeline is the default (making one the default unmarks the other; the default
 * is neither unmarked directly, deactivated nor deleted); a pipeline opportunities use is not deleted; a
 * deleted pipeline takes its stages to the recycle bin with it.
 */
async function beforePipelineWrite(write: PendingWrite): Promise<void> {
  const { values, before, kind } = write;
  if (kind === 'create') {
    if (values.active == null) write.set('active', true);
    // The first pipeline of a database without a default becomes it.
    if (values.isDefault !== true && (await selectDefaultPipelineId(write.trx)) === null) {
      write.set('isDefault', true);
      values.isDefault = true;
    } else if (values.isDefault == null) write.set('isDefault', false);
  }
  if (kind === 'update' && before?.isDefault === true && values.isDefault !== true) {
    // Allowed only while another pipeline takes over (its own write unmarks this one).
    if ((await selectOtherDefaultPipelines(write.trx, write.id!)).length === 0) {
      throw invalidFields([{ field: 'isDefault', code: 'pipeline.default_required' }]);
    }
  }
  if ((kind === 'create' || kind === 'update') && values.isDefault === true && values.active === false) {
    throw invalidFields([{ field: 'active', code: 'pipeline.default_inactive' }]);
  }
  if (kind === 'delete') {
    if (values.isDefault === true) throw conflict('pipeline.default_not_deletable');
    if (await opportunitiesReferTo(write.trx, 'pipeline_id', write.id!)) {
      throw conflict('pipeline.in_use', { name: values.name });
    }
  }
}

/**
 * Keeps the rest in step on the write's transaction. (Nothing here builds a records context: that reads
 * the metadata, which on SQLite's single connection would wait for this very transaction.)
 */
async function afterPipelineWrite(write: CompletedWrite): Promise<void> {
  const becameDefault =
    write.after.isDefault === true && (write.kind === 'created' || write.before?.isDefault !== true);
  if ((write.kind === 'created' || write.kind === 'updated') && becameDefault) {
    // Whoever may mark a pipeline default may unmark the others (pipelines are written by admins).
    for (const other of await selectOtherDefaultPipelines(write.trx, write.id)) {
      await updateRecordIn(write.trx, write.context, other.id, other.version, { isDefault: false });
    }
  }
  if (write.kind === 'deleted') {
    // Its stages follow it to the recycle bin; nothing uses them (the pipeline itself was unused).
    for (const stageId of await softDeleteStagesOf(
      write.trx,
      write.id,
      write.at,
      write.context.viewer.userId,
    )) {
      await emitEvent(write.trx, {
        type: 'record.deleted',
        aggregateType: 'pipelineStage',
        aggregateId: stageId,
        payload: { object: 'pipelineStage', id: stageId, changedFields: [] },
        actorUserId: write.context.viewer.userId,
      });
    }
  }
}

registerRecordBehaviour('pipeline', { beforeWrite: beforePipelineWrite, afterWrite: afterPipelineWrite });
