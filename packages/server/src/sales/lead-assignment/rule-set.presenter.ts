import type { RuleSet } from './assignment-rule.ts';
import type { RuleSetOutput } from './lead-assignment.schemas.ts';

/** A rule set as the API writes it. */
export function presentRuleSet(set: RuleSet): RuleSetOutput {
  return {
    id: set.id,
    name: set.name,
    description: set.description,
    assignOnCreate: set.assignOnCreate,
    taskDueMinutes: set.taskDueMinutes,
    firstResponse: { ...set.firstResponse },
    rules: set.rules.map((rule) => ({
      id: rule.id,
      name: rule.name,
      position: rule.position,
      condition: rule.condition as Record<string, unknown> | null,
      strategy: rule.strategy,
      userId: rule.userId,
      departmentId: rule.departmentId,
      poolId: rule.poolId,
      members: rule.members.map((member) => ({ userId: member.userId, weight: member.weight })),
    })),
    createdAt: set.createdAt,
    updatedAt: set.updatedAt,
  };
}
