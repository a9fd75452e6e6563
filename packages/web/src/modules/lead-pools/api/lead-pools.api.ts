import type { ConditionNode } from '@lodestar/shared';
import { api } from '../../../api/client.ts';

export interface Ref {
  id: number;
  name: string;
}

/** The viewer's standing towards a pool. */
export interface PoolStanding {
  member: boolean;
  manager: boolean;
  claimedToday: number;
  dailyClaimLimit: number | null;
  ownedOpenLeads: number;
  maxOwnedLeads: number | null;
  /** How many more the viewer may claim now; null: no limit. */
  canClaim: number | null;
}

export interface Pool {
  id: number;
  name: string;
  description: string | null;
  departmentId: number | null;
  region: string | null;
  position: number;
  dailyClaimLimit: number | null;
  maxOwnedLeads: number | null;
  reclaimCooldownDays: number;
  noFollowUpDays: number | null;
  notConvertedDays: number | null;
  recycleCondition: ConditionNode | null;
  reminderDays: number | null;
  members: Array<{ user: Ref; isManager: boolean }>;
  pooledLeads: number;
  me: PoolStanding;
  createdAt: string;
  updatedAt: string;
}

export interface PoolInput {
  name: string;
  description: string | null;
  departmentId: number | null;
  region: string | null;
  position: number;
  dailyClaimLimit: number | null;
  maxOwnedLeads: number | null;
  reclaimCooldownDays: number;
  noFollowUpDays: number | null;
  notConvertedDays: number | null;
  recycleCondition: ConditionNode | null;
  reminderDays: number | null;
  members: Array<{ userId: number; isManager: boolean }>;
}

export interface PooledLead {
  id: number;
  name: string;
  company: string | null;
  source: string | null;
  region: string | null;
  status: string | null;
  pooledAt: string | null;
  previousOwner: Ref | null;
  lastEvent: { kind: string; reasonCode: string | null; reason: string | null } | null;
  cooldownUntil: string | null;
}

export type RecycleReason = 'noFollowUp' | 'notConverted' | 'condition';

export interface RecyclePreview {
  runAt: string;
  total: number;
  items: Array<{ lead: Ref; owner: Ref | null; reasonCode: RecycleReason }>;
}

export interface PoolEvent {
  id: number;
  at: string;
  kind: 'entered' | 'recycled' | 'returned' | 'claimed' | 'assigned';
  pool: Ref | null;
  from: Ref | null;
  to: Ref | null;
  actor: Ref | null;
  reasonCode: string | null;
  reason: string | null;
}

export const POOLS_QUERY_KEY = ['lead-pools'] as const;
export const POOL_EVENTS_QUERY_KEY = ['lead-pools', 'events'] as const;

export const leadPoolsApi = {
  list: () => api.get<{ items: Pool[] }>('/lead-pools'),
  create: (input: PoolInput) => api.post<Pool>('/lead-pools', input),
  update: (id: number, input: PoolInput) => api.put<Pool>(`/lead-pools/${id}`, input),
  remove: (id: number) => api.delete(`/lead-pools/${id}`),
  leads: (id: number, beforeId?: number) =>
    api.get<{ items: PooledLead[]; nextBeforeId: number | null }>(`/lead-pools/${id}/leads`, {
      query: { limit: 50, beforeId },
    }),
  claim: (id: number, leadIds: number[]) =>
    api.post<{ leadIds: number[]; poolId: number }>(`/lead-pools/${id}/claim`, { leadIds }),
  assign: (id: number, leadIds: number[], userId: number) =>
    api.post<{ leadIds: number[]; poolId: number }>(`/lead-pools/${id}/assign`, { leadIds, userId }),
  preview: (id: number) => api.get<RecyclePreview>(`/lead-pools/${id}/recycle-preview`),
  recycleNow: () =>
    api.post<{ pools: Array<{ poolId: number; recycled: number; reminded: number }> }>('/lead-pools/recycle'),
  returnToPool: (leadId: number, input: { reason: string; poolId?: number }) =>
    api.post<{ leadIds: number[]; poolId: number }>(`/leads/${leadId}/return-to-pool`, input),
  events: (leadId: number) => api.get<{ items: PoolEvent[] }>(`/leads/${leadId}/pool-events`),
};
