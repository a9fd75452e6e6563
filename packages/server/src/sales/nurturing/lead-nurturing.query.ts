import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { presentEmailSend } from '../email/email-send.presenter.ts';
import { selectLeadSends } from '../email/email-send.repository.ts';
import { findOptOut } from '../email/opt-out.repository.ts';
import { isPoolAdmin } from '../lead-pool/pool-standing.ts';
import { selectEnrolmentViews } from './enrolment-view.repository.ts';
import type { LeadNurturingOutput } from './lead-nurturing.schemas.ts';
import { leadStandings, poolRoleOf } from './lead-standing.repository.ts';
import { nurturedLeadTable } from './nurtured-leads.ts';

/**
 * A lead's nurturing, for whoever may read the lead or works its pool (members, settings administrators):
 * its pool, whether it unsubscribed, its current or latest enrolment, and its emails. 404 for anyone else.
 */
export async function readLeadNurturing(
  database: Database,
  viewer: Viewer,
  leadId: number,
): Promise<LeadNurturingOutput> {
  const db = database.db;
  const leads = await nurturedLeadTable(database);
  const standing = (await leadStandings(db, leads, [leadId])).get(leadId);
  if (!standing) throw recordNotFound();
  const context = await recordContext(database, 'lead', viewer);
  const readable = await selectRecord(
    db,
    context.object.tableName,
    leadId,
    scopeWhere(context, 'read', 'live'),
  );
  const inMyPool =
    standing.poolId !== null &&
    (isPoolAdmin(viewer) || (await poolRoleOf(db, standing.poolId, viewer.userId)));
  if (!readable && !inMyPool) throw recordNotFound();
  const enrolment = (await selectEnrolmentViews(db, [leadId], false)).get(leadId) ?? null;
  return {
    poolId: standing.poolId,
    optedOut: await findOptOut(db, leadId, standing.email),
    enrolment,
    sends: (await selectLeadSends(db, leadId, 50)).map(presentEmailSend),
  };
}
