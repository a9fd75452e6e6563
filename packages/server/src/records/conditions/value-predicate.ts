import type { ConditionLeaf, ConditionScalar, RelativeDateValue } from '@lodestar/shared';
import type { ConditionFieldType } from './condition-schema.ts';
import { relativePeriodBounds } from './relative-period.ts';

/**
 * A leaf reduced to a test on one value with concrete operands: relative dates are replaced by the bounds
 * of their period. The SQL compiler and the in-memory evaluator both start from this, so they can only
 * disagree on how they compare, never on what they compare with.
 */
export type ValuePredicate =
  | { op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'startsWith'; value: ConditionScalar }
  | { op: 'in' | 'notIn'; values: ConditionScalar[] }
  | { op: 'between'; low: ConditionScalar; high: ConditionScalar }
  | { op: 'isEmpty' | 'isNotEmpty' }
  /** A region code starting with one of `prefixes` (inside one of the regions), or not (empty included). */
  | { op: 'within' | 'notWithin'; prefixes: string[] }
  | { op: 'all' | 'any'; predicates: ValuePredicate[] };

export interface Clock {
  now: Date;
  /** IANA time zone in which relative periods are computed. */
  timeZone: string;
}

/** The value predicate of a parsed leaf on a field of `type`. */
export function valuePredicateOf(
  leaf: ConditionLeaf,
  type: ConditionFieldType,
  clock: Clock,
): ValuePredicate {
  const { op, value } = leaf;
  if (type === 'region') return regionPredicate(leaf);
  switch (op) {
    case 'isEmpty':
    case 'isNotEmpty':
      return { op };
    case 'in':
    case 'notIn':
      return { op, values: value as ConditionScalar[] };
    case 'between': {
      const [low, high] = value as [ConditionScalar, ConditionScalar];
      return { op, low, high };
    }
    default:
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return relativePredicate(op, value, type === 'datetime', clock);
      }
      return { op, value: value as ConditionScalar };
  }
}

/**
 * A region leaf as "within" tests on code prefixes: a province's code without its trailing `0000`, a
 * city's without its `00` — every place inside a region has a code that starts so.
 */
function regionPredicate({ op, value }: ConditionLeaf): ValuePredicate {
  switch (op) {
    case 'isEmpty':
    case 'isNotEmpty':
      return { op };
    case 'eq':
    case 'in':
      return { op: 'within', prefixes: regionPrefixes(value) };
    case 'ne':
    case 'notIn':
      return { op: 'notWithin', prefixes: regionPrefixes(value) };
    default:
      throw new Error(`operator ${op} does not apply to a region`);
  }
}

/** The code prefixes of one region code or a list of them. */
function regionPrefixes(value: unknown): string[] {
  const codes = (Array.isArray(value) ? value : [value]).map(String);
  return [...new Set(codes.map(regionPrefix))];
}

/** `330000` → `33`, `330100` → `3301`, `330106` → `330106`. */
export function regionPrefix(code: string): string {
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

/**
 * A comparison with a period: `eq` is "within", `ne` "outside or empty", `gt` "after", `gte` "from its
 * start", `lt` "before", `lte` "up to its end". Date fields compare with inclusive first and last days,
 * datetime fields with the start instant (inclusive) and the end instant (exclusive).
 */
function relativePredicate(
  op: ConditionLeaf['op'],
  relative: RelativeDateValue,
  instants: boolean,
  clock: Clock,
): ValuePredicate {
  const bounds = relativePeriodBounds(relative, clock.now, clock.timeZone);
  const low = instants ? bounds.start : bounds.firstDay;
  const after: ValuePredicate = instants
    ? { op: 'gte', value: bounds.end }
    : { op: 'gt', value: bounds.lastDay };
  const upToEnd: ValuePredicate = instants
    ? { op: 'lt', value: bounds.end }
    : { op: 'lte', value: bounds.lastDay };
  switch (op) {
    case 'eq':
      return { op: 'all', predicates: [{ op: 'gte', value: low }, upToEnd] };
    case 'ne':
      return { op: 'any', predicates: [{ op: 'isEmpty' }, { op: 'lt', value: low }, after] };
    case 'gt':
      return after;
    case 'gte':
      return { op: 'gte', value: low };
    case 'lt':
      return { op: 'lt', value: low };
    case 'lte':
      return upToEnd;
    default:
      throw new Error(`operator ${op} takes no relative date`);
  }
}
