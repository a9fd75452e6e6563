import type { Database } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { deleteSequenceRow, findSequence } from './sequence.repository.ts';
import { stopNurturing } from './stop-nurturing.ts';

/**
 * Deletes a sequence: the leads it is nurturing stop (on their timelines), its steps and enrolments go, and
 * the emails it sent stay in the leads' logs. Audited.
 */
export async function deleteSequence(database: Database, actor: AuditActor, id: number): Promise<void> {
  await database.transactWrite(async (trx) => {
    const sequence = await findSequence(trx, id);
    if (!sequence) throw notFound('nurturing.sequence_not_found');
    await stopNurturing(trx, { sequenceId: id }, 'sequenceDeleted', actor.userId, now().toISOString());
    await deleteSequenceRow(trx, id);
    await recordAudit(trx, actor, {
      action: 'delete',
      entityType: 'nurtureSequence',
      entityId: id,
      changes: { name: [sequence.name, null] },
    });
  });
}
