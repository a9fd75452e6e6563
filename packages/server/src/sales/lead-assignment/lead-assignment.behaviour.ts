import { type CompletedWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
import { assignLead } from './assign-lead.command.ts';

/**
 * A lead created in the app or through the records API is assigned by the rule set that applies on create,
 * when there is one, in the create's own transaction (its response already shows the new owner). A lead
 * created with an owner other than its creator keeps that owner: whoever set it chose on purpose.
 */
async function assignOnCreate(write: CompletedWrite): Promise<void> {
  if (write.kind !== 'created') return;
  const creator = write.context.viewer.userId;
  if (write.after.ownerId !== creator) return;
  const result = await assignLead({
    database: write.context.database,
    trx: write.trx,
    leadId: write.id,
    actor: write.context.viewer,
    channel: write.context.viewer.apiKey ? 'api' : 'records',
  });
  if (result?.ownerChanged) write.changedRecord();
}

registerRecordBehaviour('lead', { afterWrite: assignOnCreate });
