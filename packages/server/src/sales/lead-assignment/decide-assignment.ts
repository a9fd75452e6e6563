import type {
  AssignmentOutcome,
  AssignmentRule,
  AssignmentStep,
  Candidate,
  RuleState,
} from './assignment-rule.ts';
import { type Pick, pickAssignee } from './pick-assignee.ts';

/** What deciding an assignment reads and writes: live (locked rows) or simulated (in memory). */
export interface DecisionSource {
  poolExists(poolId: number): Promise<boolean>;
  /** A rule's candidates and turn state, read when the rule is tried (live: after locking its state). */
  turn(rule: AssignmentRule): Promise<{ candidates: Candidate[]; state: RuleState }>;
  /** The rule picked someone: keep its new state (and the pick's load). */
  took(rule: AssignmentRule, pick: Pick): Promise<void>;
}

/**
 * Where a lead goes, given the rules it meets in the set's order: the first rule that finds an eligible
 * person (or names an existing pool) wins; a rule whose people are all away, inactive or full passes the
 * lead on to the next, and the reason records every rule tried and everyone passed over.
 */
export async function decideAssignment(
  rules: AssignmentRule[],
  source: DecisionSource,
): Promise<AssignmentOutcome> {
  const steps: AssignmentStep[] = [];
  for (const rule of rules) {
    const step: AssignmentStep = {
      ruleId: rule.id,
      rule: rule.name,
      strategy: rule.strategy,
      result: 'chosen',
      skipped: [],
    };
    steps.push(step);
    if (rule.strategy === 'pool') {
      if (rule.poolId !== null && (await source.poolExists(rule.poolId))) {
        return { outcome: 'pooled', rule, poolId: rule.poolId, reason: { steps, basis: { kind: 'pool' } } };
      }
      step.result = 'noPool';
      continue;
    }
    const { candidates, state } = await source.turn(rule);
    const pick = pickAssignee(rule.strategy, candidates, state);
    step.skipped = pick.skipped;
    if (pick.userId === null) {
      step.result = 'noEligibleUser';
      continue;
    }
    await source.took(rule, pick);
    return { outcome: 'assigned', rule, userId: pick.userId, reason: { steps, basis: pick.basis } };
  }
  return { outcome: 'unassigned', reason: { steps, basis: null } };
}
