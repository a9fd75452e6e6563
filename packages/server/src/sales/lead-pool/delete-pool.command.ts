import type { Database } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import { deletePoolRow, selectPool } from './pool.repository.ts';

/**
 * Deletes a pool with its members. Its leads keep no pool (those waiting in it stay without an owner, for
 * an administrator to find in the lead list); their pool history stays. Audited.
 */
export async function deletePool(database: Database, actor: AuditActor, id: number): Promise<void> {
  await database.transactWrite(async (trx) => {
    const before = await selectPool(trx, id);
    if (!before || !(await deletePoolRow(trx, id))) throw notFound('leadPool.not_found');
    await recordAudit(trx, actor, {
      action: 'delete',
      entityType: 'leadPool',
      entityId: id,
      changes: { name: [before.name, null] },
    });
    await emitEvent(trx, {
      type: 'leadPool.deleted',
      aggregateType: 'leadPool',
      aggregateId: id,
      actorUserId: actor.userId,
    });
  });
}
