import type { ColumnDataType } from 'kysely';
import type { z } from 'zod';
import type { DialectName } from '../../db/database.ts';
import type { RegionIndex } from '../../platform/regions/region-index.ts';
import type { TagGroupIndex } from '../../platform/tag-groups/tag-group-index.ts';
import type { ConditionFieldType } from '../../records/conditions/condition-schema.ts';

/** Every field type name of the API contract, including those not available yet. */
export const FIELD_TYPES = [
  'text',
  'longText',
  'number',
  'currency',
  'percent',
  'date',
  'datetime',
  'boolean',
  'select',
  'multiSelect',
  'lookup',
  'user',
  'phone',
  'email',
  'url',
  'region',
  'autoNumber',
  'formula',
  'attachment',
  'tags',
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

/** A value as stored in a record column. */
export type DbValue = string | number | boolean | null;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type ParseResult =
  | { ok: true; value: DbValue }
  | { ok: false; code: string; params?: Record<string, unknown> };

/** What parsing some values needs beyond the field itself. */
export interface ParseContext {
  regions: RegionIndex;
  /** The admin-defined tag groups (`tags` fields validate against their group's current tags). */
  tagGroups: TagGroupIndex;
}

/** What schema sync needs to declare a column: its type and, for references, the table it points to. */
export interface ColumnSpec {
  dataType: ColumnDataType;
  /** `table.id` the column references, with its on-delete rule. */
  references?: { table: string; onDelete: 'set null' | 'restrict' };
}

/** The place where everything about one field type lives: options, column, parsing and presentation. */
export interface FieldTypeModule<Options = unknown> {
  type: FieldType;
  optionsSchema: z.ZodType<Options>;
  /** The one place a type maps to a column type. `referencedTable` is the table of a lookup's target. */
  column(dialect: DialectName, options: Options, referencedTable?: string): ColumnSpec;
  /** How the condition language treats the field. */
  conditionType: ConditionFieldType;
  /** Where the condition type depends on the options (formulas: their result type). */
  conditionTypeOf?(options: Options): ConditionFieldType;
  /** Whether the field has no column and is computed in queries (formulas). */
  computed?: boolean;
  /** Whether the server assigns the value and the API refuses input for it (e.g. auto numbers). */
  readOnly?: boolean;
  /** Whether the column holds a reference (its name gets an `_id` suffix). */
  isReference?: boolean;
  /** Whether a unique index makes sense for the type. */
  canBeUnique: boolean;
  /** API input → column value; `null` and `undefined` mean empty. */
  parseInput(value: unknown, options: Options, context: ParseContext): ParseResult;
  /** Column value → API output. */
  present(dbValue: unknown, options: Options): JsonValue;
  /** A value of the condition language → column value, where the API value differs from the stored one. */
  encodeConditionValue?(value: unknown, options: Options): unknown;
  /** For type changes: whether converting a column of `fromType` to this type keeps every value. */
  canConvertFrom?(fromType: FieldType): 'lossless' | 'lossy' | 'impossible';
}

/** The parse result of an empty value. */
export const EMPTY: ParseResult = { ok: true, value: null };

/** Whether an input counts as empty (absent, null or an all-blank string). */
export function isEmptyInput(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
