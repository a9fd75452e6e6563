import type { Database } from '../../db/database.ts';
import { conflict, forbidden } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { recordNotFound } from '../../records/record-scope.ts';
import { isPoolAdmin } from '../lead-pool/pool-standing.ts';
import { userRefOf } from './hand-back.repository.ts';
import { handBackLead } from './hand-back-lead.command.ts';
import { leadStandings, poolRoleOf } from './lead-standing.repository.ts';
import { nurturedLeadTable } from './nurtured-leads.ts';
import type { StopReason } from './stop-nurturing.ts';
import { stopNurturing } from './stop-nurturing.ts';
import './nurturing.messages.ts';

/**
 * Checks that the viewer works the pool a lead waits in — a member (`member`) or manager (`manager`), or a
 * settings administrator — and returns the lead's standing; 404 when the lead is missing, 409 when it is in
 * no pool, 403 for anyone else.
 */
async function pooledLeadFor(database: Database, viewer: Viewer, leadId: number, role: 'member' | 'manager') {
  const leads = await nurturedLeadTable(database);
  const lead = (await leadStandings(database.db, leads, [leadId])).get(leadId);
  if (!lead) throw recordNotFound();
  if (lead.poolId === null) throw conflict('nurturing.not_nurtured');
  if (!isPoolAdmin(viewer)) {
    const mine = await poolRoleOf(database.db, lead.poolId, viewer.userId);
    if (mine === null) throw forbidden('leadPool.not_member');
    if (role === 'manager' && mine !== 'manager') throw forbidden('nurturing.not_pool_manager');
  }
  return lead;
}

/**
 * Someone saw a pooled lead engage (it replied, called, asked for a quote): it goes back to a rep by the
 * hand-back rules (`handBackLead`), its emails stop. For the pool's members and settings administrators.
 */
export async function engageLead(database: Database, viewer: Viewer, actor: AuditActor, leadId: number) {
  await pooledLeadFor(database, viewer, leadId, 'member');
  return database.transactWrite(async (trx) => {
    const result = await handBackLead(database, trx, {
      leadId,
      reason: 'engaged',
      actor: viewer,
      at: now().toISOString(),
    });
    if (!result) throw conflict('nurturing.not_nurtured');
    await recordAudit(trx, actor, {
      action: 'engage',
      entityType: 'lead',
      entityId: leadId,
      changes: { ownerId: [null, result.ownerId] },
    });
    return { owner: await userRefOf(trx, result.ownerId), via: result.via };
  });
}

/** Stops a pooled lead's nurturing by hand (the pool's managers, settings administrators). 409 when none. */
export async function stopLeadNurturing(
  database: Database,
  viewer: Viewer,
  actor: AuditActor,
  leadId: number,
): Promise<void> {
  await pooledLeadFor(database, viewer, leadId, 'manager');
  await database.transactWrite(async (trx) => {
    const reason: StopReason = 'manual';
    const stopped = await stopNurturing(trx, { leadId }, reason, viewer.userId, now().toISOString());
    if (stopped === 0) throw conflict('nurturing.not_enrolled');
    await recordAudit(trx, actor, { action: 'stopNurturing', entityType: 'lead', entityId: leadId });
  });
}
