import { z } from 'zod';

/**
 * The condition language: one JSON shape for filters of lists (`?filter=`), views, reports, permissions,
 * rules and workflows. A condition is a tree of `and` / `or` / `not` groups whose leaves compare one field
 * (or a path through lookups, such as `account.region`) with a value. See docs/conditions.md.
 *
 * This module holds the vocabulary and the structural grammar, shared by server and web; which fields
 * exist and which operators and values suit them is checked by the server against the object's metadata.
 */

export const CONDITION_OPERATORS = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'notIn',
  'contains',
  'startsWith',
  'isEmpty',
  'isNotEmpty',
  'between',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/** Operators that take no value. */
export const VALUELESS_OPERATORS: readonly ConditionOperator[] = ['isEmpty', 'isNotEmpty'];

/** Periods a date or datetime value may name instead of a fixed date; weeks start on Monday. */
export const RELATIVE_DATE_PERIODS = [
  'today',
  'yesterday',
  'tomorrow',
  'thisWeek',
  'lastWeek',
  'nextWeek',
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'lastQuarter',
  'thisYear',
  'lastYear',
  'lastNDays',
  'nextNDays',
] as const;
export type RelativeDatePeriod = (typeof RELATIVE_DATE_PERIODS)[number];

/** Periods that need a day count `n`. */
export const COUNTED_RELATIVE_PERIODS: readonly RelativeDatePeriod[] = ['lastNDays', 'nextNDays'];

/** Operators that accept a relative date value (`eq` means "within the period"). */
export const RELATIVE_DATE_OPERATORS: readonly ConditionOperator[] = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'];

/** Limits against abusive or accidental huge conditions. */
export const CONDITION_LIMITS = {
  /** Levels of `and` / `or` / `not` nesting. */
  maxDepth: 8,
  /** Leaves (field comparisons) in one condition. */
  maxLeaves: 100,
  /** Segments of a field path (`account.owner.name` has 3). */
  maxPathSegments: 4,
  /** Items of an `in` / `notIn` list. */
  maxListItems: 500,
  /** Characters of one text value. */
  maxTextLength: 1000,
  /** Largest `n` of `lastNDays` / `nextNDays`. */
  maxRelativeDays: 3660,
} as const;

/** A period relative to "now" in the viewer's time zone, e.g. `{ relative: 'lastNDays', n: 7 }`. */
export interface RelativeDateValue {
  relative: RelativeDatePeriod;
  n?: number;
}

export type ConditionScalar = string | number | boolean;
export type ConditionValue = ConditionScalar | ConditionScalar[] | RelativeDateValue;

/** One comparison: `{ field: 'amount', op: 'gte', value: 10000 }`. */
export interface ConditionLeaf {
  field: string;
  op: ConditionOperator;
  value?: ConditionValue;
}

export interface AndCondition {
  and: ConditionNode[];
}
export interface OrCondition {
  or: ConditionNode[];
}
export interface NotCondition {
  not: ConditionNode;
}

export type ConditionNode = AndCondition | OrCondition | NotCondition | ConditionLeaf;

/** Stable codes of the problems a condition can have (each also an i18n message key). */
export const CONDITION_PROBLEM_CODES = [
  'condition.malformed',
  'condition.unknown_field',
  'condition.unknown_operator',
  'condition.operator_not_applicable',
  'condition.bad_value',
  'condition.too_deep',
  'condition.too_large',
] as const;
export type ConditionProblemCode = (typeof CONDITION_PROBLEM_CODES)[number];

/** A problem found in a condition; `path` is the dotted JSON path inside it, e.g. `and.1.value`. */
export interface ConditionProblem {
  path: string;
  code: ConditionProblemCode;
  params: Record<string, unknown>;
}

const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);

export const relativeDateValueSchema = z.strictObject({
  relative: z.enum(RELATIVE_DATE_PERIODS),
  n: z.number().int().min(1).max(CONDITION_LIMITS.maxRelativeDays).optional(),
});

export const conditionLeafSchema = z.strictObject({
  field: z.string().min(1),
  op: z.enum(CONDITION_OPERATORS),
  value: z.union([scalarSchema, z.array(scalarSchema), relativeDateValueSchema]).optional(),
});

/**
 * The structural grammar of a condition (no knowledge of fields): for OpenAPI documents and for clients that
 * want to check a condition before sending it. The server's `parseCondition` checks fields, operators and
 * values against the object on top of this.
 * @example conditionNodeSchema.parse({ and: [{ field: 'region', op: 'eq', value: '华东' }] })
 */
export const conditionNodeSchema: z.ZodType<ConditionNode> = z.lazy(() =>
  z.union([
    z.strictObject({ and: z.array(conditionNodeSchema) }),
    z.strictObject({ or: z.array(conditionNodeSchema) }),
    z.strictObject({ not: conditionNodeSchema }),
    conditionLeafSchema,
  ]),
);
