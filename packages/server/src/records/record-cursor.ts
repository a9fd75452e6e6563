import { type Expression, type SqlBool, sql } from 'kysely';
import { AppError } from '../errors.ts';
import { RECORD_ALIAS, type RecordRow } from './record.repository.ts';
import { type SortKey, sortColumn } from './record-sort.ts';

/** What a cursor holds: the sort it belongs to, the last row's sort values and its id. */
export interface CursorState {
  s: string;
  v: Array<string | number | boolean | null>;
  id: number;
}

const sortSignature = (keys: SortKey[]) => keys.map((k) => `${k.descending ? '-' : ''}${k.column}`).join(',');

/** The opaque cursor after `row` for a list ordered by `keys`. */
export function encodeCursor(keys: SortKey[], row: RecordRow): string {
  const state: CursorState = {
    s: sortSignature(keys),
    v: keys.map((key) => (row[key.column] ?? null) as CursorState['v'][number]),
    id: Number(row.id),
  };
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

const badCursor = () =>
  new AppError(400, 'record.invalid_cursor', {}, [{ field: 'cursor', code: 'record.invalid_cursor' }]);

/** The state of a cursor for a list ordered by `keys`; a 400 when it is malformed or belongs to another order. */
export function decodeCursor(keys: SortKey[], cursor: string): CursorState {
  let state: CursorState;
  try {
    state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorState;
  } catch {
    throw badCursor();
  }
  const valid =
    state !== null &&
    typeof state === 'object' &&
    state.s === sortSignature(keys) &&
    Array.isArray(state.v) &&
    state.v.length === keys.length &&
    state.v.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)) &&
    Number.isSafeInteger(state.id);
  if (!valid) throw badCursor();
  return state;
}

/**
 * The keyset predicate "after the cursor" on keys `from`… (the earlier keys being equal to the cursor's):
 * per key, a greater (or, descending, smaller) value, or an empty value after a non-empty one, or an equal
 * value and the rest of the keys after; the id last.
 */
export function afterCursorFrom(keys: SortKey[], state: CursorState, from: number): Expression<SqlBool> {
  if (from === keys.length) return sql<SqlBool>`${sql.ref(`${RECORD_ALIAS}.id`)} > ${state.id}`;
  const key = keys[from] as SortKey;
  const column = sortColumn(key);
  const value = state.v[from];
  const rest = afterCursorFrom(keys, state, from + 1);
  if (value === null) return sql<SqlBool>`(${column} is null and ${rest})`;
  const beyond = key.descending ? sql<SqlBool>`${column} < ${value}` : sql<SqlBool>`${column} > ${value}`;
  return sql<SqlBool>`(${beyond} or ${column} is null or (${column} = ${value} and ${rest}))`;
}

/** The keyset predicate "after the cursor" for the order of `orderTerms`. */
export function afterCursor(keys: SortKey[], cursor: string): Expression<SqlBool> {
  return afterCursorFrom(keys, decodeCursor(keys, cursor), 0);
}
