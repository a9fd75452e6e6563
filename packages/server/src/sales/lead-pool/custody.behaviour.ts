import {
  type CompletedMerge,
  type CompletedWrite,
  registerRecordBehaviour,
} from '../../records/record-behaviour.ts';
import { recordFollowUp, recordOwnerChange } from './custody.repository.ts';

/** A lead whose owner is changed by an edit starts its recycle clocks again, as if just assigned. */
async function restartClocksOnOwnerEdit(write: CompletedWrite): Promise<void> {
  if (write.kind !== 'updated' || !write.changes.some((change) => change.field === 'ownerId')) return;
  if (write.after.ownerId == null) return;
  await recordOwnerChange(write.trx, write.id, write.at);
}

/** A follow-up logged on a lead resets its "no follow-up in N days" clock. */
async function countFollowUp(write: CompletedWrite): Promise<void> {
  if (write.kind !== 'created' && write.kind !== 'updated') return;
  const leadId = write.after.lead;
  if (typeof leadId !== 'number') return;
  if (write.kind === 'updated' && write.before?.lead === leadId) return;
  const occurred = typeof write.after.occurredAt === 'string' ? write.after.occurredAt : write.at;
  // A follow-up dated in the future counts from now.
  const at = new Date(Math.min(new Date(occurred).getTime(), new Date(write.at).getTime())).toISOString();
  await recordFollowUp(write.trx, leadId, at);
}

/**
 * Leads merged into one: their assignments and pool history now tell the survivor's story; the survivor keeps
 * its own custody row (its clocks), the merged ones' go.
 */
async function moveHistoryToSurvivor(merge: CompletedMerge): Promise<void> {
  if (merge.mergedIds.length === 0) return;
  for (const table of ['lead_assignment_log', 'lead_pool_events'] as const)
    await merge.trx
      .updateTable(table)
      .set({ lead_id: merge.survivorId })
      .where('lead_id', 'in', merge.mergedIds)
      .execute();
  await merge.trx.deleteFrom('lead_custody').where('lead_id', 'in', merge.mergedIds).execute();
}

registerRecordBehaviour('lead', { afterWrite: restartClocksOnOwnerEdit, afterMerge: moveHistoryToSurvivor });
registerRecordBehaviour('followUp', { afterWrite: countFollowUp });
