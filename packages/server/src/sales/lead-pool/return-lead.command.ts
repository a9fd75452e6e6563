import type { Database } from '../../db/database.ts';
import { conflict, invalidFields } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { changeLeadOwner } from '../lead/change-lead-owner.ts';
import { CONVERTED } from '../lead/lead-fields.ts';
import { leadTable } from '../lead/lead-table.ts';
import { recordPooled } from './custody.repository.ts';
import { firstPoolOf, selectPool } from './pool.repository.ts';
import { runPoolEntryHooks } from './pool-entry-hooks.ts';
import { insertPoolEvent } from './pool-events.repository.ts';

/**
 * Returns a lead to a pool with a reason (required): the owner, or whoever may update the lead, gives it
 * up. It goes to the pool named, else the pool it came from, else its owner's first pool (422 when there is
 * none). The previous owner and the reason are kept as a pool event, audited, and on the lead's timeline as
 * the owner's change.
 */
export async function returnLeadToPool(
  database: Database,
  viewer: Viewer,
  actor: AuditActor,
  leadId: number,
  request: { reason: string; poolId?: number | undefined },
): Promise<{ leadIds: number[]; poolId: number }> {
  const context = await recordContext(database, 'lead', viewer);
  const leads = await leadTable(database);
  return database.transactWrite(async (trx) => {
    const lead = await selectRecord(
      trx,
      context.object.tableName,
      leadId,
      scopeWhere(context, 'update', 'live'),
    );
    if (!lead) throw recordNotFound();
    if (lead[leads.status] === CONVERTED) throw conflict('leadPool.converted');
    const ownerId = lead.owner_id == null ? null : Number(lead.owner_id);
    if (ownerId === null) throw conflict('leadPool.already_pooled');
    let poolId = request.poolId;
    if (poolId !== undefined) {
      if (!(await selectPool(trx, poolId)))
        throw invalidFields([{ field: 'poolId', code: 'leadPool.not_found' }]);
    } else {
      const custody = await trx
        .selectFrom('lead_custody')
        .select('pool_id')
        .where('lead_id', '=', leadId)
        .executeTakeFirst();
      poolId = custody?.pool_id != null ? Number(custody.pool_id) : await firstPoolOf(trx, ownerId);
      if (poolId === undefined) throw invalidFields([{ field: 'poolId', code: 'leadPool.no_pool' }]);
    }
    const at = now().toISOString();
    await changeLeadOwner(trx, leads, { leadId, ownerId: null, actorUserId: viewer.userId, at });
    await recordPooled(trx, leadId, poolId, at);
    await insertPoolEvent(trx, {
      lead_id: leadId,
      pool_id: poolId,
      kind: 'returned',
      from_user_id: ownerId,
      to_user_id: null,
      actor_user_id: viewer.userId,
      reason_code: null,
      reason: request.reason,
      run_id: null,
      at,
    });
    await recordAudit(trx, actor, {
      action: 'return',
      entityType: 'lead',
      entityId: leadId,
      changes: { ownerId: [ownerId, null], poolId: [null, poolId], reason: [null, request.reason] },
    });
    await runPoolEntryHooks({ trx, database, poolId, at, leads: { ids: [leadId] } });
    return { leadIds: [leadId], poolId };
  });
}
