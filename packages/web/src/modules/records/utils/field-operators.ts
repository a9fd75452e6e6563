import type { ConditionOperator } from '@lodestar/shared';
import type { FieldType } from '../api/objects.api.ts';

/** How the server compares a field in a condition (mirrors each field type's condition type). */
export type ConditionKind =
  | 'text'
  | 'select'
  | 'number'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'lookup'
  | 'user'
  | 'multiSelect'
  | 'region'
  | 'presence';

const KIND_BY_TYPE: Record<FieldType, ConditionKind> = {
  text: 'text',
  longText: 'text',
  phone: 'text',
  email: 'text',
  url: 'text',
  number: 'number',
  currency: 'number',
  percent: 'number',
  date: 'date',
  datetime: 'datetime',
  boolean: 'boolean',
  select: 'select',
  region: 'region',
  lookup: 'lookup',
  user: 'user',
  multiSelect: 'multiSelect',
  tags: 'multiSelect',
  autoNumber: 'text',
  formula: 'number',
  attachment: 'presence',
};

const EMPTINESS: ConditionOperator[] = ['isEmpty', 'isNotEmpty'];
const ORDERED: ConditionOperator[] = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', ...EMPTINESS];

/** The operators the filter bar offers per kind (a subset of what the server accepts). */
const OPERATORS_BY_KIND: Record<ConditionKind, ConditionOperator[]> = {
  text: ['contains', 'eq', 'ne', 'startsWith', ...EMPTINESS],
  select: ['eq', 'ne', 'in', 'notIn', ...EMPTINESS],
  number: ORDERED,
  date: ORDERED,
  datetime: ORDERED,
  boolean: ['eq', 'ne', ...EMPTINESS],
  lookup: ['eq', 'ne', ...EMPTINESS],
  user: ['eq', 'ne', ...EMPTINESS],
  multiSelect: ['contains', ...EMPTINESS],
  region: ['eq', 'ne', 'in', 'notIn', ...EMPTINESS],
  presence: EMPTINESS,
};

/** The condition kind of a field type. */
export function conditionKindOf(type: FieldType): ConditionKind {
  return KIND_BY_TYPE[type];
}

/** The operators the filter bar offers for a field type. */
export function operatorsFor(type: FieldType): ConditionOperator[] {
  return OPERATORS_BY_KIND[conditionKindOf(type)];
}

/**
 * The label key (`records.operators.*`) of an operator on a field type: regions nest, and the server reads
 * their `eq` / `ne` as "within" / "not within" (浙江省 takes in 杭州市), which the labels say.
 */
export function operatorLabelKey(type: FieldType, op: ConditionOperator): OperatorLabelKey {
  if (conditionKindOf(type) !== 'region') return op;
  return REGION_LABELS[op] ?? op;
}

type OperatorLabelKey = ConditionOperator | 'within' | 'notWithin' | 'withinAny' | 'notWithinAny';

const REGION_LABELS: Partial<Record<ConditionOperator, OperatorLabelKey>> = {
  eq: 'within',
  ne: 'notWithin',
  in: 'withinAny',
  notIn: 'notWithinAny',
};

/** Field types whose columns the list can sort by. */
export function isSortable(type: FieldType): boolean {
  return type !== 'longText';
}
