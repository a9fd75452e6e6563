import { type CompletedWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
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

registerRecordBehaviour('lead', { afterWrite: restartClocksOnOwnerEdit });
registerRecordBehaviour('followUp', { afterWrite: countFollowUp });
