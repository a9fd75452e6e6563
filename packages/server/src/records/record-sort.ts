import { type Expression, type RawBuilder, sql } from 'kysely';
import { AppError } from '../errors.ts';
import type { FieldType } from '../metadata/field-types/index.ts';
import { DEFAULT_CONDITION_TIME_ZONE } from './conditions/default-time-zone.ts';
import { todayIn } from './formulas/computed-field.ts';
import { RECORD_ALIAS } from './record.repository.ts';
import { type RecordContext, visibleFields } from './record-context.ts';

/** Types whose values have no useful order. */
const UNSORTABLE: ReadonlySet<FieldType> = new Set(['longText']);

/** System fields a list may be sorted by, with their columns. */
const SYSTEM_SORT_COLUMNS: Record<string, string> = { createdAt: 'created_at', updatedAt: 'updated_at' };

/** One key of a list's order. */
export interface SortKey {
  column: string;
  descending: boolean;
  /** A formula's SQL, sorted by instead of a column (the row carries its value under `column`). */
  expression?: RawBuilder<unknown>;
}

/**
 * `?sort=-amount,name` → sort keys (visible, sortable fields or createdAt/updatedAt); the id always
 * follows as tie-breaker. Unknown, hidden or unsortable names are a 400.
 */
export function parseSort(context: RecordContext, sort: string | undefined): SortKey[] {
  if (!sort) return [];
  const columns = new Map(Object.entries(SYSTEM_SORT_COLUMNS));
  const computed = new Map<string, RawBuilder<unknown>>();
  const today = todayIn(new Date(), DEFAULT_CONDITION_TIME_ZONE);
  const schemaFields = context.conditionSchema(context.object.apiName)?.fields ?? {};
  for (const field of visibleFields(context)) {
    if (!UNSORTABLE.has(field.type)) columns.set(field.apiName, field.columnName);
    const formula = schemaFields[field.apiName]?.computed;
    if (formula) computed.set(field.columnName, formula.sql(RECORD_ALIAS, today));
  }
  const keys = sort.split(',').map((part) => part.trim());
  const problems = keys
    .filter((key) => !columns.has(key.replace(/^-/, '')))
    .map((key) => ({ field: 'sort', code: 'record.invalid_sort', params: { field: key } }));
  if (problems.length > 0 || keys.length > 5) {
    throw new AppError(400, 'record.invalid_sort', { field: problems[0]?.params.field ?? sort }, problems);
  }
  return keys.map((key) => {
    const column = columns.get(key.replace(/^-/, '')) as string;
    const expression = computed.get(column);
    return { column, descending: key.startsWith('-'), ...(expression ? { expression } : {}) };
  });
}

/** The column of a key in the list query. */
export const sortColumn = (key: SortKey): RawBuilder<unknown> =>
  key.expression ?? sql.ref(`${RECORD_ALIAS}.${key.column}`);

/**
 * ORDER BY terms: empty values last in both directions on both dialects (SQLite and PostgreSQL disagree by
 * default), then the id.
 */
export function orderTerms(keys: SortKey[]): Array<Expression<unknown>> {
  const terms: Array<Expression<unknown>> = [];
  for (const key of keys) {
    const column = sortColumn(key);
    terms.push(sql`(case when ${column} is null then 1 else 0 end)`);
    terms.push(key.descending ? sql`${column} desc` : sql`${column} asc`);
  }
  terms.push(sql`${sql.ref(`${RECORD_ALIAS}.id`)} asc`);
  return terms;
}
