import { type ConditionLeaf, type ConditionOperator, VALUELESS_OPERATORS } from '@lodestar/shared';

/** One row of the filter bar. */
export interface FilterRow {
  field: string;
  op: ConditionOperator;
  value?: string | number | boolean;
}

/** Whether a filter row is complete enough to send. */
export function isCompleteFilter(row: FilterRow): boolean {
  if (VALUELESS_OPERATORS.includes(row.op)) return true;
  return row.value !== undefined && row.value !== null && row.value !== '';
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
