import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, invalidFields } from '../../errors.ts';
import { parseCondition } from '../../records/conditions/parse-condition.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { TURN_TAKING } from './assignment-rule.ts';
import type { RuleSetInput } from './lead-assignment.schemas.ts';
import type { RuleInput } from './rule-set.repository.ts';
import './lead-assignment.messages.ts';

type Problem = { field: string; code: string; params?: Record<string, unknown> };

/**
 * Checks the rules of a rule set being saved and returns them normalised: every condition parsed against
 * the lead's fields (400 naming the rule and the problem), each strategy with what it needs and nothing
 * else, every person, team and pool existing (422 per field).
 */
export async function checkRules(
  trx: Transaction<DB>,
  leadContext: RecordContext,
  input: RuleSetInput,
): Promise<RuleInput[]> {
  const conditionProblems: Problem[] = [];
  const rules: RuleInput[] = input.rules.map((rule, index) => {
    let condition: RuleInput['condition'] = null;
    if (rule.condition !== null) {
      const parsed = parseCondition(rule.condition, leadContext.conditionSchema, 'lead');
      if (parsed.ok) condition = parsed.condition;
      else
        for (const problem of parsed.problems)
          conditionProblems.push({
            field: ['rules', index, 'condition', problem.path].filter((part) => part !== '').join('.'),
            code: problem.code,
            params: problem.params,
          });
    }
    const turnTaking = TURN_TAKING.has(rule.strategy);
    return {
      ...(rule.id !== undefined ? { id: rule.id } : {}),
      name: rule.name,
      condition,
      strategy: rule.strategy,
      userId: rule.strategy === 'user' ? rule.userId : null,
      departmentId: turnTaking ? rule.departmentId : null,
      poolId: rule.strategy === 'pool' ? rule.poolId : null,
      members: turnTaking
        ? rule.members.map((member) => ({
            userId: member.userId,
            weight: rule.strategy === 'weightedRoundRobin' ? member.weight : 1,
          }))
        : [],
    };
  });
  if (conditionProblems.length > 0)
    throw new AppError(400, 'leadAssignment.invalid_condition', {}, conditionProblems);

  const problems: Problem[] = [];
  const userIds = new Set<number>();
  const departmentIds = new Set<number>();
  const poolIds = new Set<number>();
  for (const [index, rule] of rules.entries()) {
    const at = (field: string) => `rules.${index}.${field}`;
    if (rule.strategy === 'user') {
      if (rule.userId === null) problems.push({ field: at('userId'), code: 'leadAssignment.user_required' });
      else userIds.add(rule.userId);
    }
    if (rule.strategy === 'pool') {
      if (rule.poolId === null) problems.push({ field: at('poolId'), code: 'leadAssignment.pool_required' });
      else poolIds.add(rule.poolId);
    }
    if (TURN_TAKING.has(rule.strategy)) {
      if (rule.members.length === 0 && rule.departmentId === null)
        problems.push({ field: at('members'), code: 'leadAssignment.people_required' });
      if (rule.departmentId !== null) departmentIds.add(rule.departmentId);
      const seen = new Set<number>();
      for (const member of rule.members) {
        if (seen.has(member.userId))
          problems.push({
            field: at('members'),
            code: 'leadAssignment.duplicate_member',
            params: { id: member.userId },
          });
        seen.add(member.userId);
        userIds.add(member.userId);
      }
    }
  }
  const existing = async (table: 'users' | 'departments' | 'lead_pools', ids: Set<number>) => {
    if (ids.size === 0) return new Set<number>();
    const rows = await trx
      .selectFrom(table)
      .select('id')
      .where('id', 'in', [...ids])
      .execute();
    return new Set(rows.map((row) => Number(row.id)));
  };
  const [users, departments, pools] = await Promise.all([
    existing('users', userIds),
    existing('departments', departmentIds),
    existing('lead_pools', poolIds),
  ]);
  for (const [index, rule] of rules.entries()) {
    const at = (field: string) => `rules.${index}.${field}`;
    if (rule.userId !== null && !users.has(rule.userId))
      problems.push({
        field: at('userId'),
        code: 'leadAssignment.unknown_user',
        params: { id: rule.userId },
      });
    for (const member of rule.members)
      if (!users.has(member.userId))
        problems.push({
          field: at('members'),
          code: 'leadAssignment.unknown_user',
          params: { id: member.userId },
        });
    if (rule.departmentId !== null && !departments.has(rule.departmentId))
      problems.push({
        field: at('departmentId'),
        code: 'leadAssignment.unknown_department',
        params: { id: rule.departmentId },
      });
    if (rule.poolId !== null && !pools.has(rule.poolId))
      problems.push({
        field: at('poolId'),
        code: 'leadAssignment.unknown_pool',
        params: { id: rule.poolId },
      });
  }
  if (problems.length > 0) throw invalidFields(problems);
  return rules;
}
