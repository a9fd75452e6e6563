import type { Database } from '../../db/database.ts';
import { conflict, forbidden, invalidFields, notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { changeLeadOwner } from '../lead/change-lead-owner.ts';
import { leadTable } from '../lead/lead-table.ts';
import { startClockForNewOwner } from '../lead-response/response-clock.ts';
import { recordOwnerChange } from './custody.repository.ts';
import { POOLED_LEADS_ASSIGNED } from './lead-pool.messages.ts';
import { selectPool } from './pool.repository.ts';
import { insertPoolEvent } from './pool-events.repository.ts';
import { isPoolAdmin } from './pool-standing.ts';
import { pooledAmong } from './pooled-leads.repository.ts';

/**
 * A pool's manager (or a settings administrator) assigns leads waiting in the pool to a user, all or none.
 * Claim limits do not apply: a manager decides. The user is told in one notification; each lead is a pool
 * event and an audit entry.
 */
export async function assignPooledLeads(
  database: Database,
  viewer: Viewer,
  actor: AuditActor,
  poolId: number,
  request: { leadIds: number[]; userId: number },
): Promise<{ leadIds: number[]; poolId: number }> {
  const leads = await leadTable(database);
  const ids = [...new Set(request.leadIds)];
  return database.transactWrite(async (trx) => {
    const pool = await selectPool(trx, poolId);
    if (!pool) throw notFound('leadPool.not_found');
    const manager = pool.members.some((member) => member.userId === viewer.userId && member.isManager);
    if (!manager && !isPoolAdmin(viewer)) throw forbidden('leadPool.not_manager');
    const user = await trx
      .selectFrom('users')
      .select(['id', 'name', 'status'])
      .where('id', '=', request.userId)
      .executeTakeFirst();
    if (!user)
      throw invalidFields([
        { field: 'userId', code: 'leadPool.unknown_user', params: { id: request.userId } },
      ]);
    if (user.status !== 'active') throw invalidFields([{ field: 'userId', code: 'leadPool.inactive_user' }]);
    const pooled = await pooledAmong(trx, leads, poolId, ids);
    const missing = ids.find((id) => !pooled.has(id));
    if (missing !== undefined) throw conflict('leadPool.not_in_pool', { name: `#${missing}` });
    const at = now().toISOString();
    for (const leadId of ids) {
      await changeLeadOwner(trx, leads, { leadId, ownerId: request.userId, actorUserId: viewer.userId, at });
      await recordOwnerChange(trx, leadId, at);
      await startClockForNewOwner(database, trx, leadId, null);
      await insertPoolEvent(trx, {
        lead_id: leadId,
        pool_id: poolId,
        kind: 'assigned',
        from_user_id: null,
        to_user_id: request.userId,
        actor_user_id: viewer.userId,
        reason_code: null,
        reason: null,
        run_id: null,
        at,
      });
      await recordAudit(trx, actor, {
        action: 'assign',
        entityType: 'lead',
        entityId: leadId,
        changes: { ownerId: [null, request.userId], poolId: [poolId, null] },
      });
    }
    if (request.userId !== viewer.userId) {
      await notify(trx, {
        userIds: [request.userId],
        kind: POOLED_LEADS_ASSIGNED,
        params: { actor: viewer.name, count: ids.length, pool: pool.name },
        ...(ids.length === 1 ? { object: 'lead', recordId: ids[0]! } : {}),
        actorUserId: viewer.userId,
      });
    }
    return { leadIds: ids, poolId };
  });
}
