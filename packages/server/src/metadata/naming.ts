/**
 * Identifiers derived from metadata. An api name is validated here before anything else sees it; table,
 * column and index names are derived from validated api names only, and reach SQL through Kysely's
 * identifier quoting (never by string concatenation).
 */

import { createHash } from 'node:crypto';

const API_NAME_PATTERN = /^[a-z][a-zA-Z0-9]{0,39}$/;

/** The longest identifier PostgreSQL keeps without truncating it (63 bytes), with margin for suffixes. */
export const MAX_IDENTIFIER_LENGTH = 60;

/** Api names of the system fields every record has; no field may take them. */
export const SYSTEM_FIELD_NAMES: ReadonlySet<string> = new Set([
  'id',
  'version',
  'ownerId',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'deletedAt',
]);

/** SQL keywords and names with a meaning of their own in the API or the engine, compared case-insensitively. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  [
    'all',
    'alter',
    'analyse',
    'analyze',
    'and',
    'any',
    'array',
    'as',
    'asc',
    'asymmetric',
    'between',
    'both',
    'by',
    'case',
    'cast',
    'check',
    'collate',
    'column',
    'constraint',
    'create',
    'cross',
    'current',
    'default',
    'deferrable',
    'delete',
    'desc',
    'distinct',
    'do',
    'drop',
    'else',
    'end',
    'except',
    'exists',
    'false',
    'fetch',
    'for',
    'foreign',
    'from',
    'full',
    'grant',
    'group',
    'having',
    'in',
    'index',
    'initially',
    'inner',
    'insert',
    'intersect',
    'into',
    'is',
    'join',
    'key',
    'lateral',
    'leading',
    'left',
    'like',
    'limit',
    'localtime',
    'localtimestamp',
    'natural',
    'not',
    'null',
    'offset',
    'on',
    'only',
    'or',
    'order',
    'outer',
    'overlaps',
    'placing',
    'primary',
    'references',
    'returning',
    'right',
    'row',
    'rowid',
    'oid',
    'select',
    'session',
    'set',
    'similar',
    'some',
    'symmetric',
    'table',
    'then',
    'to',
    'trailing',
    'true',
    'union',
    'unique',
    'update',
    'user',
    'using',
    'values',
    'variadic',
    'verbose',
    'view',
    'when',
    'where',
    'window',
    'with',
    'constructor',
    'prototype',
    'proto',
    'object',
    'objects',
    'record',
    'records',
    'field',
    'fields',
    'owner',
    'filter',
    'sort',
    'cursor',
    'fields',
    'q',
  ].map((word) => word.toLowerCase()),
);

export type ApiNameProblem =
  | 'metadata.invalid_api_name'
  | 'metadata.reserved_api_name'
  | 'metadata.api_name_too_long';

/**
 * Why an api name is refused, or null when it is acceptable: the pattern `^[a-z][a-zA-Z0-9]{0,39}$`, no
 * system field name, no reserved word (case-insensitive), and derived identifiers short enough for every
 * dialect.
 */
export function apiNameProblem(apiName: string): ApiNameProblem | null {
  if (!API_NAME_PATTERN.test(apiName)) return 'metadata.invalid_api_name';
  if (SYSTEM_FIELD_NAMES.has(apiName) || RESERVED_WORDS.has(apiName.toLowerCase())) {
    return 'metadata.reserved_api_name';
  }
  // The longest derived name is a custom lookup column: `cf_<snake>_id`.
  if (`cf_${snakeCase(apiName)}_id`.length > MAX_IDENTIFIER_LENGTH) return 'metadata.api_name_too_long';
  return null;
}

/** `closeDate` → `close_date`. Injective on valid api names (they contain no underscore). */
export function snakeCase(apiName: string): string {
  return apiName.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The record table of an object, built-in or custom: `obj_<snake_case(apiName)>`. */
export function tableNameFor(objectApiName: string): string {
  return `obj_${snakeCase(objectApiName)}`;
}

/**
 * The column of a field: `snake_case(apiName)` for built-in fields, `cf_<snake_case(apiName)>` for custom
 * ones (so a custom column never meets a built-in or system one), with `_id` appended for references
 * (lookup, user).
 */
export function columnNameFor(fieldApiName: string, isCustom: boolean, isReference: boolean): string {
  const base = `${isCustom ? 'cf_' : ''}${snakeCase(fieldApiName)}`;
  return isReference ? `${base}_id` : base;
}

/** An index name unique within the database: readable when short enough, else a stable hash of its parts. */
export function indexNameFor(prefix: 'uq' | 'ix', table: string, column: string): string {
  const readable = `${prefix}_${table}__${column}`;
  if (readable.length <= MAX_IDENTIFIER_LENGTH) return readable;
  return `${prefix}_${createHash('sha256').update(`${table}.${column}`).digest('hex').slice(0, 24)}`;
}
