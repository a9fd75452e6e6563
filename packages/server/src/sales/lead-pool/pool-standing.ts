import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import { relativePeriodBounds } from '../../records/conditions/relative-period.ts';
import type { LeadTable } from '../lead/lead-table.ts';
import { countOpenLeads } from '../lead-assignment/candidates.repository.ts';
import type { Pool } from './pool.repository.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** Whoever may change company settings administers every pool. */
export const isPoolAdmin = (viewer: Viewer) => viewer.permissions.can('setting', 'update');

export interface PoolStanding {
  member: boolean;
  manager: boolean;
  claimedToday: number;
  dailyClaimLimit: number | null;
  ownedOpenLeads: number;
  maxOwnedLeads: number | null;
  /** How many more leads the viewer may claim now; null: no limit. */
  canClaim: number | null;
}

/** The start of the viewer's day in the company's time zone, as an instant. */
export function startOfToday(now: Date, timeZone: string): string {
  return relativePeriodBounds({ relative: 'today' }, now, timeZone).start;
}

/** How many leads a user claimed from a pool since `since`. */
export async function claimsSince(db: AnyDb, poolId: number, userId: number, since: string): Promise<number> {
  const row = await db
    .selectFrom('lead_pool_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('to_user_id', '=', userId)
    .where('kind', '=', 'claimed')
    .where('at', '>=', since)
    .where('pool_id', '=', poolId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The viewer's standing towards a pool: member or manager, and what the claim limits leave them. */
export async function poolStanding(
  db: AnyDb,
  leads: LeadTable,
  pool: Pool,
  viewer: Viewer,
  now: Date,
): Promise<PoolStanding> {
  const membership = pool.members.find((member) => member.userId === viewer.userId);
  const claimedToday = membership
    ? await claimsSince(db, pool.id, viewer.userId, startOfToday(now, leads.timeZone))
    : 0;
  const ownedOpenLeads = membership
    ? ((await countOpenLeads(db, leads, [viewer.userId])).get(viewer.userId) ?? 0)
    : 0;
  const room = [
    pool.dailyClaimLimit === null ? null : pool.dailyClaimLimit - claimedToday,
    pool.maxOwnedLeads === null ? null : pool.maxOwnedLeads - ownedOpenLeads,
  ].filter((value): value is number => value !== null);
  return {
    member: membership !== undefined,
    manager: membership?.isManager === true || isPoolAdmin(viewer),
    claimedToday,
    dailyClaimLimit: pool.dailyClaimLimit,
    ownedOpenLeads,
    maxOwnedLeads: pool.maxOwnedLeads,
    canClaim: !membership ? 0 : room.length === 0 ? null : Math.max(0, Math.min(...room)),
  };
}
