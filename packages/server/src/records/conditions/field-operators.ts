import {
  CONDITION_LIMITS,
  COUNTED_RELATIVE_PERIODS,
  type ConditionOperator,
  type ConditionScalar,
  type ConditionValue,
  RELATIVE_DATE_OPERATORS,
  RELATIVE_DATE_PERIODS,
  type RelativeDatePeriod,
  type RelativeDateValue,
} from '@lodestar/shared';
import type { ConditionFieldType } from './condition-schema.ts';

/**
 * Which operators suit which field type, and which values they take. Text is not ordered (`gt` on text
 * would depend on each database's collation); dates, datetimes and numbers are.
 */

const EQUALITY: ConditionOperator[] = ['eq', 'ne', 'in', 'notIn', 'isEmpty', 'isNotEmpty'];
const ORDERED: ConditionOperator[] = [...EQUALITY, 'gt', 'gte', 'lt', 'lte', 'between'];

export const OPERATORS_BY_FIELD_TYPE: Record<ConditionFieldType, readonly ConditionOperator[]> = {
  text: [...EQUALITY, 'contains', 'startsWith'],
  select: EQUALITY,
  region: EQUALITY,
  multiSelect: ['contains', 'isEmpty', 'isNotEmpty'],
  fileList: ['isEmpty', 'isNotEmpty'],
  number: ORDERED,
  date: ORDERED,
  datetime: ORDERED,
  boolean: ['eq', 'ne', 'isEmpty', 'isNotEmpty'],
  lookup: EQUALITY,
  user: EQUALITY,
};

/**
 * A value of a multi-valued field (multiSelect, tags): letters, digits, `_` and `-`. The restriction keeps
 * its JSON encoding plain (`"value"`), which is what `contains` looks for in the stored array text.
 */
export const MULTI_SELECT_VALUE = /^[A-Za-z0-9_-]{1,40}$/;

/** A region's code (GB/T 2260): six digits. */
const REGION_CODE = /^\d{6}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A scalar value in the form the storage compares (datetimes as canonical UTC ISO), or undefined if invalid. */
export function normalizeScalar(type: ConditionFieldType, value: unknown): ConditionScalar | undefined {
  switch (type) {
    case 'text':
    case 'select':
      return typeof value === 'string' && value.length > 0 && value.length <= CONDITION_LIMITS.maxTextLength
        ? value
        : undefined;
    case 'region':
      return typeof value === 'string' && REGION_CODE.test(value) ? value : undefined;
    case 'multiSelect':
      return typeof value === 'string' && MULTI_SELECT_VALUE.test(value) ? value : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'lookup':
    case 'user':
      return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? value : undefined;
    case 'fileList':
      return undefined;
    case 'datetime': {
      if (typeof value !== 'string' || !DATETIME.test(value) || !isCalendarDate(value.slice(0, 10))) {
        return undefined;
      }
      const instant = Date.parse(value);
      if (!Number.isFinite(instant)) return undefined;
      const iso = new Date(instant).toISOString();
      return iso.length === 24 ? iso : undefined;
    }
  }
}

function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A relative date value, checked, or undefined if it is not one (or not valid). */
export function normalizeRelative(value: unknown): RelativeDateValue | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { relative, n, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined;
  if (typeof relative !== 'string' || !(RELATIVE_DATE_PERIODS as readonly string[]).includes(relative)) {
    return undefined;
  }
  const period = relative as RelativeDatePeriod;
  if (!COUNTED_RELATIVE_PERIODS.includes(period)) return n === undefined ? { relative: period } : undefined;
  const valid =
    typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= CONDITION_LIMITS.maxRelativeDays;
  return valid ? { relative: period, n } : undefined;
}

/**
 * The value of a leaf, normalized for `type` and `op`, or undefined when it does not fit. Valueless
 * operators take no value (a JSON null counts as none).
 */
export function normalizeValue(
  type: ConditionFieldType,
  op: ConditionOperator,
  value: unknown,
): { value?: ConditionValue } | undefined {
  if (op === 'isEmpty' || op === 'isNotEmpty') return value === undefined || value === null ? {} : undefined;
  if (op === 'in' || op === 'notIn') {
    if (!Array.isArray(value) || value.length === 0 || value.length > CONDITION_LIMITS.maxListItems) {
      return undefined;
    }
    const items = value.map((item) => normalizeScalar(type, item));
    return items.every((item) => item !== undefined) ? { value: items as ConditionScalar[] } : undefined;
  }
  if (op === 'between') {
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const low = normalizeScalar(type, value[0]);
    const high = normalizeScalar(type, value[1]);
    return low !== undefined && high !== undefined ? { value: [low, high] } : undefined;
  }
  if ((type === 'date' || type === 'datetime') && RELATIVE_DATE_OPERATORS.includes(op)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const relative = normalizeRelative(value);
      return relative ? { value: relative } : undefined;
    }
  }
  const scalar = normalizeScalar(type, value);
  return scalar === undefined ? undefined : { value: scalar };
}
