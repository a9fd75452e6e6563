import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { poolIdsOfMember } from '../lead-pool/pool.repository.ts';
import { isPoolAdmin } from '../lead-pool/pool-standing.ts';
import { selectEnrolmentViews } from './enrolment-view.repository.ts';
import type { EnrolmentOutput } from './lead-nurturing.schemas.ts';
import { leadStandings } from './lead-standing.repository.ts';
import { nurturedLeadTable } from './nurtured-leads.ts';

/**
 * Where pooled leads stand in nurturing (the pool page's column): for each lead among `leadIds` waiting in a
 * pool the viewer works (all pools for settings administrators), its active enrolment and whether it opted
 * out. Other leads are left out.
 */
export async function readNurturingStatus(
  database: Database,
  viewer: Viewer,
  leadIds: number[],
): Promise<Array<{ leadId: number; optedOut: boolean; enrolment: EnrolmentOutput | null }>> {
  const leads = await nurturedLeadTable(database);
  const standings = await leadStandings(database.db, leads, [...new Set(leadIds)]);
  const pools = isPoolAdmin(viewer) ? null : new Set(await poolIdsOfMember(database.db, viewer.userId));
  const visible = [...standings.values()].filter(
    (lead) => lead.poolId !== null && (pools === null || pools.has(lead.poolId)),
  );
  const enrolments = await selectEnrolmentViews(
    database.db,
    visible.map((lead) => lead.id),
    true,
  );
  return visible.map((lead) => ({
    leadId: lead.id,
    optedOut: lead.optedOut,
    enrolment: enrolments.get(lead.id) ?? null,
  }));
}
