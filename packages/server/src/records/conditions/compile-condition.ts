import type { ConditionLeaf, ConditionNode, ConditionScalar } from '@lodestar/shared';
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { todayIn } from '../formulas/computed-field.ts';
import {
  type ConditionFieldType,
  type ConditionSchema,
  isListType,
  type PathHop,
  resolveFieldPath,
} from './condition-schema.ts';
import { DEFAULT_CONDITION_TIME_ZONE } from './default-time-zone.ts';
import { containedText, EMPTY, testValue } from './evaluate-condition.ts';
import { type ValuePredicate, valuePredicateOf } from './value-predicate.ts';

export interface CompileOptions {
  schema: ConditionSchema;
  object: string;
  /** The name under which the object's table appears in the query (default: the table name). */
  alias?: string;
  /** The moment relative dates are computed from (default: the current time). */
  now?: Date;
  /** IANA time zone of relative dates (default Asia/Shanghai). */
  timeZone?: string;
}

type Bool = RawBuilder<SqlBool>;

/**
 * Compiles a condition checked by `parseCondition` into a SQL predicate for `.where()`, valid on SQLite and
 * PostgreSQL. Values are always parameters; identifiers come only from the schema and are quoted. A path
 * through a lookup becomes a subquery on the target table (`t.account_id in (select … where …)`), so any
 * depth works and indexes on both sides stay usable.
 *
 * A leaf may yield SQL NULL where the evaluator says false (e.g. `amount > 5` on a NULL amount); `where`
 * treats both alike, and `not` first turns NULL into false, so the result always agrees with
 * `evaluateCondition`.
 * @example db.selectFrom('deals as t').select('t.id').where(compileCondition(tree, { schema, object: 'deal', alias: 't' }))
 */
export function compileCondition(node: ConditionNode, options: CompileOptions): Expression<SqlBool> {
  const root = options.schema(options.object);
  if (!root) throw new Error(`unknown object ${options.object}`);
  const clock = { now: options.now ?? new Date(), timeZone: options.timeZone ?? DEFAULT_CONDITION_TIME_ZONE };
  const alias = options.alias ?? root.table;

  const compile = (current: ConditionNode): Bool => {
    if ('and' in current) return joined(current.and.map(compile), 'and');
    if ('or' in current) return joined(current.or.map(compile), 'or');
    if ('not' in current) return negated(compile(current.not));
    return compileLeaf(current);
  };

  const compileLeaf = (leaf: ConditionLeaf): Bool => {
    const resolved = resolveFieldPath(options.schema, options.object, leaf.field);
    if (!resolved) throw new Error(`unknown field ${leaf.field}: conditions must be parsed first`);
    const { type, column } = resolved.field;
    const predicate = valuePredicateOf(leaf, type, clock);
    const matchesEmpty = testValue(predicate, type, EMPTY);
    const atDepth = (depth: number, tableAlias: string): Bool => {
      const hop = resolved.hops[depth];
      if (!hop) {
        const { computed } = resolved.field;
        const value = computed ? computed.sql(tableAlias, todayIn(clock.now, clock.timeZone)) : undefined;
        return predicateSql(predicate, type, value ?? sql.id(tableAlias, column));
      }
      return throughLookup(hop, tableAlias, `${alias}_${depth + 1}`, matchesEmpty, (inner) =>
        atDepth(depth + 1, inner),
      );
    };
    return atDepth(0, alias);
  };

  return compile(node);
}

/**
 * A leaf on the record a lookup points at. When the leaf holds for an empty value (`ne`, `notIn`,
 * `isEmpty`), a missing related record must count as a match: "no related record fails it" (`not exists`);
 * otherwise "the related record exists and passes it" (`in`).
 */
function throughLookup(
  hop: PathHop,
  outerAlias: string,
  innerAlias: string,
  matchesEmpty: boolean,
  inner: (alias: string) => Bool,
): Bool {
  const foreignKey = sql.id(outerAlias, hop.field.column);
  const targetId = sql.id(innerAlias, 'id');
  const target = sql`${sql.table(hop.target.table)} as ${sql.id(innerAlias)}`;
  if (matchesEmpty) {
    return sql<SqlBool>`not exists (select 1 from ${target} where ${targetId} = ${foreignKey} and ${negated(inner(innerAlias))})`;
  }
  return sql<SqlBool>`${foreignKey} in (select ${targetId} from ${target} where ${inner(innerAlias)})`;
}

function joined(parts: Bool[], connective: 'and' | 'or'): Bool {
  if (parts.length === 0) return connective === 'and' ? sql<SqlBool>`1 = 1` : sql<SqlBool>`1 = 0`;
  if (parts.length === 1) return parts[0]!;
  return sql<SqlBool>`(${sql.join(parts, sql` ${sql.raw(connective)} `)})`;
}

/** `not`, with NULL (unknown) first read as false, as the evaluator reads an empty value. */
function negated(part: Bool): Bool {
  return sql<SqlBool>`not coalesce(${part}, false)`;
}

/** Escapes LIKE wildcards so that `%`, `_` and `\` in a value match themselves (with `escape '\'`). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

const isText = (type: ConditionFieldType) => type === 'text' || type === 'select' || type === 'region';

/** A region code inside one of the regions whose code prefixes are given (digits only: no escaping). */
function within(column: RawBuilder<unknown>, prefixes: string[]): Bool {
  return joined(
    prefixes.map((prefix) => sql<SqlBool>`${column} like ${`${prefix}%`}`),
    'or',
  );
}

function predicateSql(
  predicate: ValuePredicate,
  type: ConditionFieldType,
  column: RawBuilder<unknown>,
): Bool {
  const list = (values: ConditionScalar[]) => sql.join(values.map((value) => sql`${value}`));
  const like = (pattern: string) => sql<SqlBool>`lower(${column}) like lower(${pattern}) escape '\\'`;
  switch (predicate.op) {
    case 'eq':
      return sql<SqlBool>`${column} = ${predicate.value}`;
    case 'ne':
      return sql<SqlBool>`(${column} is null or ${column} <> ${predicate.value})`;
    case 'gt':
      return sql<SqlBool>`${column} > ${predicate.value}`;
    case 'gte':
      return sql<SqlBool>`${column} >= ${predicate.value}`;
    case 'lt':
      return sql<SqlBool>`${column} < ${predicate.value}`;
    case 'lte':
      return sql<SqlBool>`${column} <= ${predicate.value}`;
    case 'in':
      return sql<SqlBool>`${column} in (${list(predicate.values)})`;
    case 'notIn':
      return sql<SqlBool>`(${column} is null or ${column} not in (${list(predicate.values)}))`;
    case 'between':
      return sql<SqlBool>`${column} between ${predicate.low} and ${predicate.high}`;
    case 'contains':
      return like(`%${escapeLike(containedText(type, predicate.value))}%`);
    case 'startsWith':
      return like(`${escapeLike(String(predicate.value))}%`);
    case 'isEmpty':
      if (isListType(type)) return sql<SqlBool>`(${column} is null or ${column} in ('', '[]'))`;
      return isText(type)
        ? sql<SqlBool>`(${column} is null or ${column} = '')`
        : sql<SqlBool>`${column} is null`;
    case 'isNotEmpty':
      if (isListType(type)) return sql<SqlBool>`${column} not in ('', '[]')`;
      return isText(type) ? sql<SqlBool>`${column} <> ''` : sql<SqlBool>`${column} is not null`;
    case 'within':
      return within(column, predicate.prefixes);
    case 'notWithin':
      return sql<SqlBool>`(${column} is null or not ${within(column, predicate.prefixes)})`;
    case 'all':
      return joined(
        predicate.predicates.map((inner) => predicateSql(inner, type, column)),
        'and',
      );
    case 'any':
      return joined(
        predicate.predicates.map((inner) => predicateSql(inner, type, column)),
        'or',
      );
  }
}
