import {
  type ConditionLeaf,
  type ConditionNode,
  type ConditionOperator,
  VALUELESS_OPERATORS,
} from '@lodestar/shared';

/** The value of a filter row: one value, or several for `in` / `notIn`. */
export type FilterValue = string | number | boolean | Array<string | number>;

/** One row of the filter bar. */
export interface FilterRow {
  field: string;
  op: ConditionOperator;
  value?: FilterValue;
}

/** Operators that take a list of values. */
export const LIST_OPERATORS: readonly ConditionOperator[] = ['in', 'notIn'];

/** Whether a filter row is complete enough to send. */
export function isCompleteFilter(row: FilterRow): boolean {
  if (VALUELESS_OPERATORS.includes(row.op)) return true;
  if (Array.isArray(row.value)) return row.value.length > 0 && LIST_OPERATORS.includes(row.op);
  return (
    row.value !== undefined && row.value !== null && row.value !== '' && !LIST_OPERATORS.includes(row.op)
  );
}

/** The `?filter=` JSON of the complete rows, joined by AND; undefined when there is none. */
export function buildFilter(rows: FilterRow[]): string | undefined {
  const leaves: ConditionLeaf[] = rows
    .filter(isCompleteFilter)
    .map((row) =>
      VALUELESS_OPERATORS.includes(row.op)
        ? { field: row.field, op: row.op }
        : { field: row.field, op: row.op, value: row.value },
    );
  return leaves.length ? JSON.stringify({ and: leaves }) : undefined;
}

/**
 * The filter rows of a saved condition — one leaf or an `and` of leaves, as the bar builds it; null for a
 * condition the rows cannot show (`or`, `not`, a relative date or a range), which callers keep as it is.
 */
export function filterRowsOf(condition: ConditionNode | null): FilterRow[] | null {
  if (condition === null) return [];
  const leaves = 'and' in condition ? condition.and : [condition];
  const rows: FilterRow[] = [];
  for (const leaf of leaves) {
    if (!('field' in leaf)) return null;
    const { value } = leaf;
    if (value === undefined || value === null) {
      rows.push({ field: leaf.field, op: leaf.op });
      continue;
    }
    const listed = Array.isArray(value) && LIST_OPERATORS.includes(leaf.op);
    if (typeof value === 'object' && !listed) return null;
    rows.push({ field: leaf.field, op: leaf.op, value: value as FilterValue });
  }
  return rows;
}
