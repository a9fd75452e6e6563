import { api } from '../../../api/client.ts';

/** When a follow-up must exist before an action, and when a record counts as not followed up. */
export interface FollowUpRules {
  beforeConversion: boolean;
  beforeStageAdvance: boolean;
  advanceFromStageIds: number[];
  withinDays: number | null;
  staleAfterDays: number;
}

export type StaleObject = 'lead' | 'account' | 'contact' | 'opportunity';

export interface StaleRecord {
  id: number;
  name: string | null;
  ownerId: number | null;
  ownerName: string | null;
  createdAt: string;
  lastFollowUpAt: string | null;
}

export const FOLLOW_UP_RULES_KEY = ['follow-up-rules'] as const;
export const STALE_RECORDS_KEY = ['follow-ups', 'stale'] as const;

export const followUpRulesApi = {
  get: () => api.get<FollowUpRules>('/follow-up-rules'),
  update: (input: Partial<FollowUpRules>) => api.patch<FollowUpRules>('/follow-up-rules', input),
  stale: (object: StaleObject, days?: number) =>
    api.get<{ days: number; items: StaleRecord[] }>('/follow-ups/stale', {
      query: { object, days, limit: 200 },
    }),
};
