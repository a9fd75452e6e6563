import type { PoolOutput } from './lead-pool.schemas.ts';
import type { Pool } from './pool.repository.ts';
import type { PoolStanding } from './pool-standing.ts';

/** A pool as the API writes it, with how many leads wait in it and the viewer's standing. */
export function presentPool(pool: Pool, pooledLeads: number, me: PoolStanding): PoolOutput {
  return {
    id: pool.id,
    name: pool.name,
    description: pool.description,
    departmentId: pool.departmentId,
    region: pool.region,
    position: pool.position,
    dailyClaimLimit: pool.dailyClaimLimit,
    maxOwnedLeads: pool.maxOwnedLeads,
    reclaimCooldownDays: pool.reclaimCooldownDays,
    noFollowUpDays: pool.noFollowUpDays,
    notConvertedDays: pool.notConvertedDays,
    recycleCondition: pool.recycleCondition as Record<string, unknown> | null,
    reminderDays: pool.reminderDays,
    members: pool.members.map((member) => ({
      user: { id: member.userId, name: member.name },
      isManager: member.isManager,
    })),
    pooledLeads,
    me,
    createdAt: pool.createdAt,
    updatedAt: pool.updatedAt,
  };
}
