import type { ConditionNode } from '@lodestar/shared';
import { buildFilter, type FilterRow, filterRowsOf } from '../../records/utils/filter-condition.ts';
import type {
  AssignmentRule,
  RuleInput,
  RuleMember,
  RuleSet,
  RuleSetFirstResponse,
  RuleSetInput,
  Strategy,
} from '../api/lead-assignment.api.ts';

/** A rule being edited: its condition as filter rows (all must hold), or kept as it came when not a list. */
export interface RuleDraft {
  key: string;
  id?: number;
  name: string;
  filters: FilterRow[];
  /** A condition the filter rows cannot show (or / not), kept unchanged. */
  keptCondition: ConditionNode | null;
  strategy: Strategy;
  userId: number | null;
  /** Whether a turn-taking rule picks from a list of people or from a team. */
  pickFrom: 'people' | 'team';
  departmentId: number | null;
  poolId: number | null;
  members: RuleMember[];
}

export interface RuleSetDraft {
  id?: number;
  name: string;
  description: string;
  assignOnCreate: boolean;
  taskDueMinutes: number;
  firstResponse: RuleSetFirstResponse;
  rules: RuleDraft[];
}

/** A new rule set's first-response target: 5 minutes (黄金5分钟), escalated, not reassigned. */
export const DEFAULT_FIRST_RESPONSE: RuleSetFirstResponse = {
  targetMinutes: 5,
  escalate: true,
  reassign: false,
};

let counter = 0;
const nextKey = () => `rule-${++counter}`;

export function ruleDraftOf(rule: AssignmentRule): RuleDraft {
  const rows = filterRowsOf(rule.condition);
  return {
    key: nextKey(),
    id: rule.id,
    name: rule.name,
    filters: rows ?? [],
    keptCondition: rows === null ? rule.condition : null,
    strategy: rule.strategy,
    userId: rule.userId,
    pickFrom: rule.members.length === 0 && rule.departmentId !== null ? 'team' : 'people',
    departmentId: rule.departmentId,
    poolId: rule.poolId,
    members: rule.members,
  };
}

export function newRuleDraft(name: string): RuleDraft {
  return {
    key: nextKey(),
    name,
    filters: [],
    keptCondition: null,
    strategy: 'roundRobin',
    userId: null,
    pickFrom: 'people',
    departmentId: null,
    poolId: null,
    members: [],
  };
}

export function ruleSetDraftOf(set: RuleSet | null): RuleSetDraft {
  if (!set)
    return {
      name: '',
      description: '',
      assignOnCreate: false,
      taskDueMinutes: 60,
      firstResponse: { ...DEFAULT_FIRST_RESPONSE },
      rules: [],
    };
  return {
    id: set.id,
    name: set.name,
    description: set.description ?? '',
    assignOnCreate: set.assignOnCreate,
    taskDueMinutes: set.taskDueMinutes,
    firstResponse: { ...set.firstResponse },
    rules: set.rules.map(ruleDraftOf),
  };
}

function conditionOf(draft: RuleDraft): ConditionNode | null {
  if (draft.keptCondition) return draft.keptCondition;
  const filter = buildFilter(draft.filters);
  return filter ? (JSON.parse(filter) as ConditionNode) : null;
}

export function ruleInputOf(draft: RuleDraft): RuleInput {
  return {
    ...(draft.id !== undefined ? { id: draft.id } : {}),
    name: draft.name.trim(),
    condition: conditionOf(draft),
    strategy: draft.strategy,
    userId: draft.userId,
    departmentId: draft.pickFrom === 'team' ? draft.departmentId : null,
    poolId: draft.poolId,
    members: draft.pickFrom === 'people' ? draft.members : [],
  };
}

export function ruleSetInputOf(draft: RuleSetDraft): RuleSetInput {
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    assignOnCreate: draft.assignOnCreate,
    taskDueMinutes: draft.taskDueMinutes,
    firstResponse: draft.firstResponse,
    rules: draft.rules.map(ruleInputOf),
  };
}

/** Moves the item at `from` to `to`. */
export function moved<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}
