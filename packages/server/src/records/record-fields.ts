import { type AliasedExpression, type Expression, type SqlBool, sql } from 'kysely';
import { AppError } from '../errors.ts';
import { fieldTypeModule, type JsonValue } from '../metadata/field-types/index.ts';
import type { FieldMeta } from '../metadata/metadata-model.ts';
import { metadataRegistryOf } from '../metadata/metadata-registry.ts';
import { defineMessages } from '../platform/i18n.ts';
import { scopePredicate } from '../platform/permissions/data-scope.ts';
import { DEFAULT_CONDITION_TIME_ZONE } from './conditions/default-time-zone.ts';
import { todayIn } from './formulas/computed-field.ts';
import type { RecordOutput } from './record.presenter.ts';
import { RECORD_ALIAS, type RecordJoin, type RecordRow } from './record.repository.ts';
import { type RecordContext, visibleFields } from './record-context.ts';

defineMessages({
  'record.invalid_fields': {
    'zh-CN': '字段列表有误：含未知或无权查看的字段',
    en: 'The field list names unknown fields or fields you may not see',
  },
});

/** Output keys every record carries whatever `?fields=` asks for. */
const SYSTEM_KEYS = new Set(['id', 'version', 'createdAt', 'updatedAt', 'ownerId', 'deletedAt']);

/** The most paths one `?fields=` may name. */
const MAX_PATHS = 300;

/** A value read from a record related through a lookup or user field (`account.name`, `owner.name`). */
export interface RelatedColumn {
  /** The output key, e.g. `account.name`. */
  path: string;
  /** The select alias of the value in the row. */
  alias: string;
  /** The lookup or user field the path starts from (null for `owner`). */
  via: FieldMeta | null;
  present(value: unknown): JsonValue;
}

/** What `?fields=` selects: own fields (null: every visible one) and related values with their joins. */
export interface FieldSelection {
  own: Set<string> | null;
  related: RelatedColumn[];
  joins: RecordJoin[];
  selects: Array<AliasedExpression<unknown, string>>;
}

/** The selection of a request without `?fields=`: everything visible, nothing related. */
export const ALL_FIELDS: FieldSelection = { own: null, related: [], joins: [], selects: [] };

const unknownPaths = (paths: string[]) =>
  new AppError(
    400,
    'record.invalid_fields',
    {},
    paths.map((path) => ({ field: 'fields', code: 'record.unknown_field', params: { field: path } })),
  );

/** In `?fields=`, every field of the record the viewer may see (`*,account.name`: all of them plus a name). */
const EVERY_OWN_FIELD = '*';

/**
 * `?fields=name,amount,account.name,owner.name` → the selection. A related path goes one hop through a
 * visible lookup (to a visible field of the target object) or user field (to the user's `name`); the target
 * joins with the viewer's read scope and liveness in the join condition, so a related record the viewer may
 * not read yields null and the list stays one statement. Unknown, hidden or malformed paths are a 400.
 */
export async function parseFieldSelection(
  context: RecordContext,
  fields: string | undefined,
): Promise<FieldSelection> {
  if (fields === undefined || fields.trim() === '') return ALL_FIELDS;
  const paths = [...new Set(fields.split(',').map((part) => part.trim()))];
  if (paths.length > MAX_PATHS) throw unknownPaths(paths.slice(MAX_PATHS));
  const visible = new Map(visibleFields(context).map((field) => [field.apiName, field]));
  const snapshot = await metadataRegistryOf(context.database).snapshot();
  const own = new Set<string>();
  let everyOwnField = false;
  const related: RelatedColumn[] = [];
  const joins = new Map<string, RecordJoin>();
  const selects: FieldSelection['selects'] = [];
  const bad: string[] = [];

  const joinFor = (key: string, make: (alias: string) => Omit<RecordJoin, 'alias'>): string => {
    const existing = joins.get(key);
    if (existing) return existing.alias;
    const alias = `j${joins.size}`;
    joins.set(key, { alias, ...make(alias) });
    return alias;
  };
  const userJoin = (key: string, column: string) =>
    joinFor(key, (alias) => ({
      table: 'users',
      on: sql<SqlBool>`${sql.ref(`${alias}.id`)} = ${sql.ref(`${RECORD_ALIAS}.${column}`)}`,
    }));

  for (const path of paths) {
    if (path === EVERY_OWN_FIELD) {
      everyOwnField = true;
      continue;
    }
    const segments = path.split('.');
    if (segments.length === 1 && (SYSTEM_KEYS.has(path) || visible.has(path))) {
      if (!SYSTEM_KEYS.has(path)) own.add(path);
      continue;
    }
    if (segments.length !== 2) {
      bad.push(path);
      continue;
    }
    const [head, tail] = segments as [string, string];
    const alias = `rel_${related.length}`;
    const via = visible.get(head) ?? null;
    if (via?.type === 'user' || (!via && head === 'owner')) {
      if (tail !== 'name') {
        bad.push(path);
        continue;
      }
      const joinAlias = userJoin(head, via ? via.columnName : 'owner_id');
      selects.push(sql.ref(`${joinAlias}.name`).as(alias));
      related.push({ path, alias, via, present: (value) => (value == null ? null : String(value)) });
      continue;
    }
    const lookup = via;
    const target = lookup?.type === 'lookup' ? snapshot.object(String(lookup.options.target)) : undefined;
    const targetField = target?.fields.find((field) => field.apiName === tail);
    const permissions = context.viewer.permissions;
    const scope = target ? permissions.scope(target.apiName, 'read') : null;
    const module = targetField && fieldTypeModule(targetField.type);
    if (
      !lookup ||
      !target ||
      !targetField ||
      !module ||
      !scope ||
      permissions.fieldAccess(target.apiName, tail) === 'hidden'
    ) {
      bad.push(path);
      continue;
    }
    const joinAlias = joinFor(head, (alias) => {
      const conditions: Array<Expression<SqlBool>> = [
        sql<SqlBool>`${sql.ref(`${alias}.id`)} = ${sql.ref(`${RECORD_ALIAS}.${lookup.columnName}`)}`,
        sql<SqlBool>`${sql.ref(`${alias}.deleted_at`)} is null`,
      ];
      const inScope = scopePredicate(context.viewer, scope, `${alias}.owner_id`);
      if (inScope) conditions.push(inScope);
      return { table: target.tableName, on: sql<SqlBool>`${sql.join(conditions, sql` and `)}` };
    });
    const computed = context.conditionSchema(target.apiName)?.fields[tail]?.computed;
    // A formula of a related row the viewer may not read (no joined row) is null, not its value over nulls.
    const value = computed
      ? sql`case when ${sql.ref(`${joinAlias}.id`)} is null then null else ${computed.sql(
          joinAlias,
          todayIn(new Date(), DEFAULT_CONDITION_TIME_ZONE),
        )} end`
      : sql.ref(`${joinAlias}.${targetField.columnName}`);
    selects.push(value.as(alias));
    related.push({
      path,
      alias,
      via: lookup,
      present: (value) => module.present(value ?? null, targetField.options),
    });
  }
  if (bad.length > 0) throw unknownPaths(bad);
  return { own: everyOwnField ? null : own, related, joins: [...joins.values()], selects };
}

/** A presented record cut down to the selection, with its related values added. */
export function applyFieldSelection(
  selection: FieldSelection,
  record: RecordOutput,
  row: RecordRow,
): RecordOutput {
  const { own } = selection;
  const output = own
    ? (Object.fromEntries(
        Object.entries(record).filter(([key]) => SYSTEM_KEYS.has(key) || own.has(key)),
      ) as RecordOutput)
    : record;
  for (const column of selection.related) output[column.path] = column.present(row[column.alias]);
  return output;
}
