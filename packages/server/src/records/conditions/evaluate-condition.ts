import type { ConditionNode, ConditionScalar } from '@lodestar/shared';
import { todayIn } from '../formulas/computed-field.ts';
import { type ConditionFieldType, type ConditionSchema, resolveFieldPath } from './condition-schema.ts';
import { DEFAULT_CONDITION_TIME_ZONE } from './default-time-zone.ts';
import { type ValuePredicate, valuePredicateOf } from './value-predicate.ts';

/** A record as the records API presents it: field values by api name. */
export type RecordValues = Record<string, unknown>;

export interface EvaluateOptions {
  schema: ConditionSchema;
  object: string;
  /** The moment relative dates are computed from (default: the current time). */
  now?: Date;
  /** IANA time zone of relative dates (default Asia/Shanghai). */
  timeZone?: string;
  /**
   * The related record a lookup value points at, for paths such as `account.region`; null or undefined
   * when it does not exist. Without it, every related record counts as missing. The caller loads what the
   * condition needs beforehand (`lookupPathsOf` names the paths).
   */
  resolveLookup?: (targetObject: string, id: number) => RecordValues | null | undefined;
}

/** A value that is absent: null, undefined, '' for text, or unreadable. */
export const EMPTY = undefined;
type Comparable = string | number | boolean | typeof EMPTY;

/**
 * Whether `record` satisfies a condition checked by `parseCondition`, by exactly the rules of
 * `compileCondition` (see docs/conditions.md, "Empty values"): for events, rules and workflows.
 * @example evaluateCondition({ field: 'stage', op: 'ne', value: 'won' }, { stage: null }, { schema, object: 'opportunity' }) // true
 */
export function evaluateCondition(
  node: ConditionNode,
  record: RecordValues,
  options: EvaluateOptions,
): boolean {
  const clock = { now: options.now ?? new Date(), timeZone: options.timeZone ?? DEFAULT_CONDITION_TIME_ZONE };
  const evaluate = (current: ConditionNode): boolean => {
    if ('and' in current) return current.and.every(evaluate);
    if ('or' in current) return current.or.some(evaluate);
    if ('not' in current) return !evaluate(current.not);
    const resolved = resolveFieldPath(options.schema, options.object, current.field);
    if (!resolved) throw new Error(`unknown field ${current.field}: conditions must be parsed first`);
    const segments = current.field.split('.');
    let values: RecordValues | undefined = record;
    for (const [index, hop] of resolved.hops.entries()) {
      const id = storedValue('lookup', ownValue(values, segments[index]!));
      values =
        id === EMPTY ? undefined : (options.resolveLookup?.(hop.field.target!, id as number) ?? undefined);
    }
    const { type, computed } = resolved.field;
    const raw = computed
      ? values && computed.evaluate(values, todayIn(clock.now, clock.timeZone))
      : ownValue(values, segments.at(-1)!);
    const stored = storedValue(type, raw);
    return testValue(valuePredicateOf(current, type, clock), type, stored);
  };
  return evaluate(node);
}

function ownValue(values: RecordValues | undefined, key: string): unknown {
  return values && Object.hasOwn(values, key) ? values[key] : undefined;
}

/** A stored value in comparable form (datetimes as epoch milliseconds), or EMPTY. */
export function storedValue(type: ConditionFieldType, raw: unknown): Comparable {
  if (raw === null || raw === undefined) return EMPTY;
  switch (type) {
    case 'text':
    case 'select':
    case 'region':
    case 'date': {
      const text = String(raw);
      return text === '' ? EMPTY : text;
    }
    case 'multiSelect':
    case 'fileList': {
      const text = Array.isArray(raw) ? (raw.length === 0 ? '' : JSON.stringify(raw)) : String(raw);
      return text === '' || text === '[]' ? EMPTY : text;
    }
    case 'number':
    case 'lookup':
    case 'user': {
      const number =
        typeof raw === 'number' ? raw : typeof raw === 'string' && raw !== '' ? Number(raw) : NaN;
      return Number.isNaN(number) ? EMPTY : number;
    }
    case 'boolean':
      return raw === true || raw === 1 ? true : raw === false || raw === 0 ? false : EMPTY;
    case 'datetime': {
      const instant = raw instanceof Date ? raw.getTime() : Date.parse(String(raw));
      return Number.isNaN(instant) ? EMPTY : instant;
    }
  }
}

/** An operand in the same comparable form as `storedValue`. */
function operand(type: ConditionFieldType, value: ConditionScalar): Comparable {
  return type === 'datetime' ? Date.parse(String(value)) : value;
}

/**
 * What `contains` looks for in the stored text: the value itself, or for a multi-valued field its JSON
 * encoding (`"value"`), so that it matches a whole element of the stored array and never part of one.
 */
export function containedText(type: ConditionFieldType, value: ConditionScalar): string {
  return type === 'multiSelect' ? JSON.stringify(String(value)) : String(value);
}

/** Lower-cases A–Z only, as SQLite's `lower()` does: case-insensitive for Latin letters, exact otherwise. */
export function foldLatinCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/**
 * The truth of a value predicate on one stored value; an EMPTY value satisfies only `ne`, `notIn` and
 * `isEmpty` (and groups built from them).
 */
export function testValue(predicate: ValuePredicate, type: ConditionFieldType, stored: Comparable): boolean {
  switch (predicate.op) {
    case 'all':
      return predicate.predicates.every((inner) => testValue(inner, type, stored));
    case 'any':
      return predicate.predicates.some((inner) => testValue(inner, type, stored));
    case 'isEmpty':
      return stored === EMPTY;
    case 'isNotEmpty':
      return stored !== EMPTY;
    case 'ne':
      return stored === EMPTY || stored !== operand(type, predicate.value);
    case 'notIn':
      return stored === EMPTY || !predicate.values.some((value) => operand(type, value) === stored);
    case 'notWithin':
      return stored === EMPTY || !isWithin(stored, predicate.prefixes);
    default:
      break;
  }
  if (stored === EMPTY) return false;
  switch (predicate.op) {
    case 'eq':
      return stored === operand(type, predicate.value);
    case 'in':
      return predicate.values.some((value) => operand(type, value) === stored);
    case 'gt':
      return stored > operand(type, predicate.value)!;
    case 'gte':
      return stored >= operand(type, predicate.value)!;
    case 'lt':
      return stored < operand(type, predicate.value)!;
    case 'lte':
      return stored <= operand(type, predicate.value)!;
    case 'between':
      return stored >= operand(type, predicate.low)! && stored <= operand(type, predicate.high)!;
    case 'contains':
      return foldLatinCase(String(stored)).includes(foldLatinCase(containedText(type, predicate.value)));
    case 'startsWith':
      return foldLatinCase(String(stored)).startsWith(foldLatinCase(String(predicate.value)));
    case 'within':
      return isWithin(stored, predicate.prefixes);
  }
}

/** Whether a region code lies inside one of the regions whose code prefixes are given. */
function isWithin(stored: Comparable, prefixes: string[]): boolean {
  const code = String(stored);
  return prefixes.some((prefix) => code.startsWith(prefix));
}

/** The field paths of a condition that go through lookups, e.g. `['account.region']`: what to preload. */
export function lookupPathsOf(node: ConditionNode): string[] {
  if ('and' in node) return [...new Set(node.and.flatMap(lookupPathsOf))];
  if ('or' in node) return [...new Set(node.or.flatMap(lookupPathsOf))];
  if ('not' in node) return lookupPathsOf(node.not);
  return node.field.includes('.') ? [node.field] : [];
}
