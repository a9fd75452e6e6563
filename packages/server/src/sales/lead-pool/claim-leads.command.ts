import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { AppError, conflict, forbidden, notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { changeLeadOwner } from '../lead/change-lead-owner.ts';
import { leadTable } from '../lead/lead-table.ts';
import { countOpenLeads } from '../lead-assignment/candidates.repository.ts';
import { startClockForNewOwner } from '../lead-response/response-clock.ts';
import { recordOwnerChange } from './custody.repository.ts';
import { selectPool } from './pool.repository.ts';
import { insertPoolEvent, leadsLostSince } from './pool-events.repository.ts';
import { claimsSince, startOfToday } from './pool-standing.ts';
import { pooledAmong } from './pooled-leads.repository.ts';

const DAY_MS = 86_400_000;

/**
 * A member claims leads waiting in a pool, all or none: within the pool's daily claim limit and
 * maximum of open leads owned, and never a lead they lost within the re-claim cooldown. Each lead becomes
 * theirs as a records write would make it (history, timeline, event); the claim is a pool event and an
 * audit entry. A rep's claims on one pool are serialised (their membership row is locked), so two claims
 * at once cannot both pass the limit; a lead another member claimed first is a 409.
 */
export async function claimLeads(
  database: Database,
  viewer: Viewer,
  actor: AuditActor,
  poolId: number,
  leadIds: number[],
): Promise<{ leadIds: number[]; poolId: number }> {
  const leads = await leadTable(database);
  const ids = [...new Set(leadIds)];
  return database.transactWrite(async (trx) => {
    const pool = await selectPool(trx, poolId);
    if (!pool) throw notFound('leadPool.not_found');
    // Locks the member's row for the rest of the transaction (and tells whether there is one).
    const locked = await trx
      .updateTable('lead_pool_members')
      .set({ is_manager: sql`is_manager` })
      .where('pool_id', '=', poolId)
      .where('user_id', '=', viewer.userId)
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) === 0) throw forbidden('leadPool.not_member');
    const moment = now();
    const at = moment.toISOString();
    const pooled = await pooledAmong(trx, leads, poolId, ids);
    const missing = ids.find((id) => !pooled.has(id));
    if (missing !== undefined) throw conflict('leadPool.not_in_pool', { name: `#${missing}` });
    if (pool.dailyClaimLimit !== null) {
      const claimed = await claimsSince(trx, poolId, viewer.userId, startOfToday(moment, leads.timeZone));
      if (claimed + ids.length > pool.dailyClaimLimit)
        throw new AppError(409, 'leadPool.daily_limit', { limit: pool.dailyClaimLimit, claimed });
    }
    if (pool.maxOwnedLeads !== null) {
      const owned = (await countOpenLeads(trx, leads, [viewer.userId])).get(viewer.userId) ?? 0;
      if (owned + ids.length > pool.maxOwnedLeads)
        throw new AppError(409, 'leadPool.owned_limit', { limit: pool.maxOwnedLeads, owned });
    }
    if (pool.reclaimCooldownDays > 0) {
      const since = new Date(moment.getTime() - pool.reclaimCooldownDays * DAY_MS).toISOString();
      const lost = await leadsLostSince(trx, viewer.userId, ids, since);
      const first = ids.find((id) => lost.has(id));
      if (first !== undefined) {
        const until = await cooldownEnd(trx, viewer.userId, first, pool.reclaimCooldownDays, leads.timeZone);
        throw new AppError(409, 'leadPool.cooldown', { name: pooled.get(first), until });
      }
    }
    for (const leadId of ids) {
      const change = await changeLeadOwner(trx, leads, {
        leadId,
        ownerId: viewer.userId,
        actorUserId: viewer.userId,
        at,
      });
      if (!change || change.previousOwnerId !== null)
        throw conflict('leadPool.not_in_pool', { name: pooled.get(leadId) });
      await recordOwnerChange(trx, leadId, at);
      await startClockForNewOwner(database, trx, leadId, null);
      await insertPoolEvent(trx, {
        lead_id: leadId,
        pool_id: poolId,
        kind: 'claimed',
        from_user_id: null,
        to_user_id: viewer.userId,
        actor_user_id: viewer.userId,
        reason_code: null,
        reason: null,
        run_id: null,
        at,
      });
      await recordAudit(trx, actor, {
        action: 'claim',
        entityType: 'lead',
        entityId: leadId,
        changes: { ownerId: [null, viewer.userId], poolId: [poolId, null] },
      });
    }
    return { leadIds: ids, poolId };
  });
}

/** When the cooldown on a lead the user lost ends, as `YYYY-MM-DD HH:mm` in the company's time zone. */
async function cooldownEnd(
  trx: Parameters<typeof leadsLostSince>[0],
  userId: number,
  leadId: number,
  days: number,
  timeZone: string,
): Promise<string> {
  const row = await trx
    .selectFrom('lead_pool_events')
    .select('at')
    .where('from_user_id', '=', userId)
    .where('lead_id', '=', leadId)
    .where('kind', 'in', ['recycled', 'returned'])
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const end = new Date(new Date(row?.at ?? Date.now()).getTime() + days * DAY_MS);
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(end);
}
