import type { RawBuilder } from 'kysely';

/**
 * What the condition language needs to know about objects: their table and, per field, its column and type.
 * The metadata registry produces it; tests build it by hand. Identifiers in SQL come only from here.
 */

export type ConditionFieldType =
  | 'text'
  | 'number'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'select'
  /**
   * A Chinese administrative division by its six-digit code: `eq` / `in` mean "within" (浙江省 takes in
   * 杭州市 and 西湖区), `ne` / `notIn` "not within".
   */
  | 'region'
  | 'multiSelect'
  /** A list of stored files (attachments): only whether it is empty can be asked. */
  | 'fileList'
  | 'lookup'
  | 'user';

/** Whether a field type stores a JSON array, empty as `[]`. */
export function isListType(type: ConditionFieldType): boolean {
  return type === 'multiSelect' || type === 'fileList';
}

export interface ConditionField {
  column: string;
  type: ConditionFieldType;
  /** The object a `lookup` (or `user`) field points at; paths may continue through it. */
  target?: string;
  /** API value → stored value where they differ (currency: yuan → fen); applied before compiling. */
  encodeValue?: (value: unknown) => unknown;
  /** A field without a column (formula): its SQL expression and its value computed from a record. */
  computed?: {
    sql(alias: string | null, today: string): RawBuilder<unknown>;
    evaluate(record: Record<string, unknown>, today: string): unknown;
  };
}

export interface ConditionObject {
  table: string;
  /** Fields by api name. Every table has an integer primary key column `id`. */
  fields: Record<string, ConditionField>;
}

/** The objects a condition may reach, by api name; undefined for an unknown object. */
export type ConditionSchema = (objectApiName: string) => ConditionObject | undefined;

/** One step of a field path: a lookup column on `object` leading to `target`. */
export interface PathHop {
  object: ConditionObject;
  field: ConditionField;
  target: ConditionObject;
}

/** A field path resolved against the schema: the lookups it goes through, then the field compared. */
export interface ResolvedPath {
  hops: PathHop[];
  field: ConditionField;
}

/**
 * Resolves `account.owner.name` from `object` to its hops and final field, or null when any segment is
 * not a field (or an intermediate one is not a lookup with a known target). Only own properties count, so
 * names such as `constructor` or `__proto__` are unknown like any other.
 */
export function resolveFieldPath(schema: ConditionSchema, object: string, path: string): ResolvedPath | null {
  const segments = path.split('.');
  let current = schema(object);
  const hops: PathHop[] = [];
  for (const [index, segment] of segments.entries()) {
    if (!current || !Object.hasOwn(current.fields, segment)) return null;
    const field = current.fields[segment]!;
    if (index === segments.length - 1) return { hops, field };
    if ((field.type !== 'lookup' && field.type !== 'user') || !field.target) return null;
    const target = schema(field.target);
    if (!target) return null;
    hops.push({ object: current, field, target });
    current = target;
  }
  return null;
}
