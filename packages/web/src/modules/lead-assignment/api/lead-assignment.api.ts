import type { ConditionNode } from '@lodestar/shared';
import { api } from '../../../api/client.ts';

export type Strategy = 'user' | 'roundRobin' | 'weightedRoundRobin' | 'leastLoaded' | 'pool';
export const STRATEGIES: Strategy[] = ['roundRobin', 'weightedRoundRobin', 'leastLoaded', 'user', 'pool'];

export interface RuleMember {
  userId: number;
  weight: number;
}

/** One rule of a rule set as the API presents it. */
export interface AssignmentRule {
  id: number;
  name: string;
  position: number;
  condition: ConditionNode | null;
  strategy: Strategy;
  userId: number | null;
  departmentId: number | null;
  poolId: number | null;
  members: RuleMember[];
}

/** The first-response target of the leads a rule set assigns, and what happens when one misses it. */
export interface RuleSetFirstResponse {
  targetMinutes: number;
  escalate: boolean;
  reassign: boolean;
}

export interface RuleSet {
  id: number;
  name: string;
  description: string | null;
  assignOnCreate: boolean;
  taskDueMinutes: number;
  firstResponse: RuleSetFirstResponse;
  rules: AssignmentRule[];
  createdAt: string;
  updatedAt: string;
}

/** A rule as saved: with the id of the rule it keeps, or none for a new one. */
export type RuleInput = Omit<AssignmentRule, 'id' | 'position'> & { id?: number };

export interface RuleSetInput {
  name: string;
  description: string | null;
  assignOnCreate: boolean;
  taskDueMinutes: number;
  firstResponse: RuleSetFirstResponse;
  rules: RuleInput[];
}

export type SkipReason = 'inactive' | 'away' | 'atCapacity' | 'currentOwner';

export interface AssignmentReason {
  steps: Array<{
    ruleId: number;
    rule: string;
    strategy: Strategy;
    result: 'chosen' | 'noEligibleUser' | 'noPool';
    skipped: Array<{ userId: number; name: string; why: SkipReason }>;
  }>;
  basis: {
    kind: 'specificUser' | 'roundRobin' | 'weightedRoundRobin' | 'leastLoaded' | 'pool';
    turn?: number;
    of?: number;
    weight?: number;
    totalWeight?: number;
    openLeads?: number;
  } | null;
}

export type Outcome = 'assigned' | 'pooled' | 'unassigned';
export interface Ref {
  id: number;
  name: string;
}

export interface Simulation {
  items: Array<{
    lead: Ref;
    currentOwner: Ref | null;
    outcome: Outcome;
    rule: Ref | null;
    user: Ref | null;
    pool: Ref | null;
    reason: AssignmentReason;
  }>;
  totals: Array<{ outcome: Outcome; user: Ref | null; pool: Ref | null; count: number }>;
}

export interface Assignee {
  user: Ref;
  department: string | null;
  active: boolean;
  away: boolean;
  awayUntil: string | null;
  awayToday: boolean;
  maxOpenLeads: number | null;
  openLeads: number;
}

export interface AssignmentLogEntry {
  id: number;
  at: string;
  outcome: Outcome;
  channel: string;
  ruleSet: Ref | null;
  rule: { id: number | null; name: string } | null;
  strategy: Strategy | null;
  user: Ref | null;
  pool: Ref | null;
  taskId: number | null;
  actor: Ref | null;
  reason: AssignmentReason;
}

export const RULE_SETS_QUERY_KEY = ['lead-assignment', 'rule-sets'] as const;
export const ASSIGNEES_QUERY_KEY = ['lead-assignment', 'assignees'] as const;
export const ASSIGNMENT_LOG_QUERY_KEY = ['lead-assignment', 'log'] as const;

export const leadAssignmentApi = {
  ruleSets: () => api.get<{ items: RuleSet[] }>('/lead-assignment/rule-sets'),
  create: (input: RuleSetInput) => api.post<RuleSet>('/lead-assignment/rule-sets', input),
  update: (id: number, input: RuleSetInput) => api.put<RuleSet>(`/lead-assignment/rule-sets/${id}`, input),
  remove: (id: number) => api.delete(`/lead-assignment/rule-sets/${id}`),
  simulate: (id: number, input: { filter: ConditionNode | null; limit: number }) =>
    api.post<Simulation>(`/lead-assignment/rule-sets/${id}/simulate`, input),
  assignees: () => api.get<{ items: Assignee[] }>('/lead-assignment/assignees'),
  updateAssignee: (
    userId: number,
    input: { away: boolean; awayUntil: string | null; maxOpenLeads: number | null },
  ) => api.put<Assignee>(`/lead-assignment/assignees/${userId}`, input),
  log: (leadId: number) => api.get<{ items: AssignmentLogEntry[] }>(`/leads/${leadId}/assignments`),
};
