import { now } from '../../platform/clock.ts';
import {
  type CompletedMerge,
  type CompletedWrite,
  registerRecordBehaviour,
} from '../../records/record-behaviour.ts';
import { CONVERTED } from '../lead/lead-fields.ts';
import { registerLeadOwnerHook } from '../lead/lead-owner-hooks.ts';
import { registerLeadIntakeHook } from '../lead-intake/lead-intake-hooks.ts';
import { registerPoolEntryHook } from '../lead-pool/pool-entry-hooks.ts';
import { enrolInSequence } from './enrol-leads.command.ts';
import { activeEnrolmentOf } from './enrolment.repository.ts';
import { handBackLead } from './hand-back-lead.command.ts';
import { sequenceEnrollingFrom } from './sequence.repository.ts';
import { type StopReason, stopNurturing } from './stop-nurturing.ts';

/**
 * Where nurturing meets the rest of the lead engine: leads entering a pool are enrolled in its sequence; a
 * lead that a rep gets (claimed, assigned, an owner set by an edit), that is converted, closed, deleted or
 * merged away stops being emailed at once; and a nurtured lead whose person submits a form again (a new
 * lead linked to it, or merged into it) goes back to a rep.
 */

registerPoolEntryHook(async ({ trx, database, poolId, at, leads }) => {
  const sequence = await sequenceEnrollingFrom(trx, poolId);
  if (sequence) await enrolInSequence(database, trx, sequence, leads, null, at);
});

registerLeadOwnerHook(async ({ trx, leadId, ownerId, actorUserId, at }) => {
  if (ownerId === null) return;
  await stopNurturing(trx, { leadId }, actorUserId === ownerId ? 'claimed' : 'assigned', actorUserId, at);
});

registerLeadIntakeHook(async ({ trx, database, outcome, leadId, duplicateOf }) => {
  const returning = outcome === 'merged' ? leadId : duplicateOf;
  if (returning === null || !(await activeEnrolmentOf(trx, returning))) return;
  await handBackLead(database, trx, {
    leadId: returning,
    reason: 'formResubmitted',
    actor: null,
    at: now().toISOString(),
  });
});

/** Why an edit through the records API ends a lead's nurturing, or null. */
function stopReasonOfWrite(write: CompletedWrite): StopReason | null {
  if (write.kind === 'deleted') return 'deleted';
  if (write.kind !== 'updated' || !write.before) return null;
  if (write.after.ownerId != null && write.before.ownerId !== write.after.ownerId) return 'assigned';
  if (write.after.status !== write.before.status) {
    if (write.after.status === CONVERTED) return 'converted';
    if (write.after.status === 'unqualified') return 'closed';
  }
  return null;
}

async function stopOnWrite(write: CompletedWrite): Promise<void> {
  const reason = stopReasonOfWrite(write);
  if (reason)
    await stopNurturing(write.trx, { leadId: write.id }, reason, write.context.viewer.userId, write.at);
}

/** Leads merged into one: the merged ones stop, and their emails are now in the survivor's log. */
async function followMerge(merge: CompletedMerge): Promise<void> {
  if (merge.mergedIds.length === 0) return;
  for (const id of merge.mergedIds)
    await stopNurturing(merge.trx, { leadId: id }, 'merged', merge.context.viewer.userId, merge.at);
  await merge.trx
    .updateTable('email_sends')
    .set({ lead_id: merge.survivorId })
    .where('lead_id', 'in', merge.mergedIds)
    .execute();
}

registerRecordBehaviour('lead', { afterWrite: stopOnWrite, afterMerge: followMerge });
