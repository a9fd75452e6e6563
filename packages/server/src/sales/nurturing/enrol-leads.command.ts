import type { Transaction } from 'kysely';
import { columnTypes } from '../../db/column-types.ts';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { conflict, forbidden, notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { recordNotFound } from '../../records/record-scope.ts';
import { isPoolAdmin } from '../lead-pool/pool-standing.ts';
import { type EnrolSource, insertEnrolments } from './enrolment.repository.ts';
import { leadStandings, poolRoleOf } from './lead-standing.repository.ts';
import { nurturedLeadTable } from './nurtured-leads.ts';
import { sendMomentAfter } from './send-moment.ts';
import { findSequence, type Sequence } from './sequence.repository.ts';
import type { EnrolResult } from './sequence.schemas.ts';
import { scheduleSteps } from './step-jobs.ts';
import { insertNurtureEvents } from './stop-nurturing.ts';
import './nurturing.messages.ts';

/**
 * Enrols leads in an active sequence with steps, set-based (a few statements for any number of leads):
 * those of `source` that may be emailed and are in no sequence yet (`insertEnrolments`). Each gets its
 * first step's job at the step's delay after `at` (in working time: `sendMomentAfter`), and a `nurture.enrolled` entry on its timeline.
 */
export async function enrolInSequence(
  database: Database,
  trx: Transaction<DB>,
  sequence: Sequence,
  source: EnrolSource,
  actorUserId: number | null,
  at: string,
): Promise<Array<{ id: number; leadId: number }>> {
  const first = sequence.steps[0];
  if (!sequence.active || !first) return [];
  const firstDueAt = await sendMomentAfter(trx, at, first.delayHours);
  const leads = await nurturedLeadTable(database, trx);
  const enrolled = await insertEnrolments(trx, leads, columnTypes(database.dialect), {
    sequenceId: sequence.id,
    source,
    firstDueAt,
    at,
    actorUserId,
  });
  await scheduleSteps(
    trx,
    enrolled.map((row) => ({ enrolmentId: row.id, position: 0, dueAt: firstDueAt })),
  );
  await insertNurtureEvents(
    trx,
    enrolled.map((row) => ({
      leadId: row.leadId,
      title: sequence.name,
      code: 'nurture.enrolled',
      params: { sequence: sequence.name },
    })),
    actorUserId,
    at,
  );
  return enrolled;
}

/**
 * Enrols pooled leads in a sequence by hand (from the pool page): for settings administrators and the
 * managers of the leads' pools (403 otherwise). A lead that is missing is a 404, one not in a pool a 409,
 * the sequence switched off or without steps a 409 — all or nothing. Leads without an address, that opted
 * out or that are in a sequence already are left out and listed with the reason. Audited.
 */
export async function enrolLeads(
  database: Database,
  viewer: Viewer,
  actor: AuditActor,
  sequenceId: number,
  leadIds: number[],
): Promise<EnrolResult> {
  const ids = [...new Set(leadIds)];
  return database.transactWrite(async (trx) => {
    const sequence = await findSequence(trx, sequenceId);
    if (!sequence) throw notFound('nurturing.sequence_not_found');
    if (!sequence.active) throw conflict('nurturing.inactive');
    if (sequence.steps.length === 0) throw conflict('nurturing.no_steps');
    const leads = await nurturedLeadTable(database, trx);
    const standings = await leadStandings(trx, leads, ids);
    const skipped: EnrolResult['skipped'] = [];
    const candidates: number[] = [];
    const roles = new Map<number, Awaited<ReturnType<typeof poolRoleOf>>>();
    for (const id of ids) {
      const lead = standings.get(id);
      if (!lead) throw recordNotFound();
      if (lead.poolId === null) throw conflict('nurturing.not_pooled', { name: lead.name });
      if (!isPoolAdmin(viewer)) {
        if (!roles.has(lead.poolId))
          roles.set(lead.poolId, await poolRoleOf(trx, lead.poolId, viewer.userId));
        if (roles.get(lead.poolId) !== 'manager') throw forbidden('nurturing.not_pool_manager');
      }
      if (!lead.email) skipped.push({ leadId: id, reason: 'noEmail' });
      else if (lead.optedOut) skipped.push({ leadId: id, reason: 'optedOut' });
      else if (lead.enrolledIn !== null) skipped.push({ leadId: id, reason: 'alreadyEnrolled' });
      else candidates.push(id);
    }
    const at = now().toISOString();
    const enrolled = await enrolInSequence(database, trx, sequence, { ids: candidates }, viewer.userId, at);
    if (enrolled.length > 0)
      await recordAudit(trx, actor, {
        action: 'enrol',
        entityType: 'nurtureSequence',
        entityId: sequence.id,
        changes: { leadIds: [null, enrolled.map((row) => row.leadId)] },
      });
    return { enrolled: enrolled.map((row) => row.leadId), skipped };
  });
}
