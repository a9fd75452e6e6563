import type { ConditionNode } from '@lodestar/shared';

/** How a rule picks a lead's owner. */
export const STRATEGIES = ['user', 'roundRobin', 'weightedRoundRobin', 'leastLoaded', 'pool'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** Strategies that take turns among several people and keep state between leads. */
export const TURN_TAKING: ReadonlySet<Strategy> = new Set([
  'roundRobin',
  'weightedRoundRobin',
  'leastLoaded',
]);

/** A person a rule picks from. */
export interface RuleMember {
  userId: number;
  /** Share of leads in weighted round-robin (1 elsewhere). */
  weight: number;
}

/** One rule of a rule set, as the engine uses it. */
export interface AssignmentRule {
  id: number;
  name: string;
  position: number;
  /** Null: every lead. */
  condition: ConditionNode | null;
  strategy: Strategy;
  userId: number | null;
  departmentId: number | null;
  poolId: number | null;
  /** Who the rule picks from; empty: the active users of `departmentId` and the departments below it. */
  members: RuleMember[];
}

/** The first-response target of the leads a rule set assigns, and what happens when one misses it. */
export interface RuleSetResponse {
  /** Business minutes from reaching its owner to the first follow-up. */
  targetMinutes: number;
  /** Notify the owner's manager on a miss. */
  escalate: boolean;
  /** Give the lead to someone else by the set's rules on a miss. */
  reassign: boolean;
}

export interface RuleSet {
  id: number;
  name: string;
  description: string | null;
  assignOnCreate: boolean;
  taskDueMinutes: number;
  firstResponse: RuleSetResponse;
  rules: AssignmentRule[];
  createdAt: string;
  updatedAt: string;
}

/** Why a candidate was passed over (`currentOwner`: the lead is being taken from them). */
export type SkipReason = 'inactive' | 'away' | 'atCapacity' | 'currentOwner';

/** What the engine knows of one candidate when it picks. */
export interface Candidate {
  userId: number;
  name: string;
  locale: string;
  active: boolean;
  away: boolean;
  /** Null: no cap. */
  maxOpenLeads: number | null;
  /** Leads owned that are neither converted nor unqualified. */
  openLeads: number;
  weight: number;
  /** Owns the lead being reassigned away from them. */
  currentOwner?: boolean;
}

/** The turns of one rule: who had the last one, and the counters of weighted round-robin. */
export interface RuleState {
  turns: number;
  lastUserId: number | null;
  weights: Record<string, number>;
}

/** How the owner was chosen, for the log and the lead page. */
export type AssignmentBasis =
  | { kind: 'specificUser' }
  | { kind: 'roundRobin'; turn: number; of: number }
  | { kind: 'weightedRoundRobin'; weight: number; totalWeight: number }
  | { kind: 'leastLoaded'; openLeads: number }
  | { kind: 'pool' };

/** One rule the lead met, and what came of it. */
export interface AssignmentStep {
  ruleId: number;
  rule: string;
  strategy: Strategy;
  result: 'chosen' | 'noEligibleUser' | 'noPool';
  skipped: Array<{ userId: number; name: string; why: SkipReason }>;
}

/** The reasoning of one assignment, kept with it in the log. */
export interface AssignmentReason {
  steps: AssignmentStep[];
  basis: AssignmentBasis | null;
}

/** Where a lead goes. */
export type AssignmentOutcome =
  | { outcome: 'assigned'; rule: AssignmentRule; userId: number; reason: AssignmentReason }
  | { outcome: 'pooled'; rule: AssignmentRule; poolId: number; reason: AssignmentReason }
  | { outcome: 'unassigned'; reason: AssignmentReason };
