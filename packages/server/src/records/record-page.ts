import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { type RecordQuery, type RecordRow, selectRecords } from './record.repository.ts';
import { afterCursor, afterCursorFrom, decodeCursor } from './record-cursor.ts';
import { orderTerms, type SortKey, sortColumn } from './record-sort.ts';

/**
 * Up to `limit` rows of `query` in the order of `orderTerms(keys)` (empty values last), after `cursor`.
 * Read in two steps so that an index on the first sort key serves the page: the rows with a value in that
 * key, ordered by it; then, only when the page is not full yet, the rows without one. (`case when … is null`
 * in a single ORDER BY would make the database sort every matching row, which on a large object costs far
 * more than the page.) Same rows, order and cursors as one query with `orderTerms` and `afterCursor`.
 */
export async function selectSortedPage(
  db: Kysely<DB> | Transaction<DB>,
  query: Omit<RecordQuery, 'orderBy' | 'limit'>,
  keys: SortKey[],
  cursor: string | undefined,
  limit: number,
): Promise<RecordRow[]> {
  const [first, ...others] = keys;
  if (!first) {
    const where = cursor ? [...query.where, afterCursor(keys, cursor)] : query.where;
    return selectRecords(db, { ...query, where, orderBy: orderTerms(keys), limit });
  }
  const state = cursor === undefined ? undefined : decodeCursor(keys, cursor);
  const column = sortColumn(first);
  const rows: RecordRow[] = [];
  const cursorValue = state?.v[0];
  if (cursorValue !== null) {
    const where: Array<Expression<SqlBool>> = [...query.where, sql<SqlBool>`${column} is not null`];
    if (state && cursorValue !== undefined) {
      // A range on the key (which an index serves), then what lies beyond the cursor within it.
      const rest = afterCursorFrom(keys, state, 1);
      where.push(
        first.descending
          ? sql<SqlBool>`${column} <= ${cursorValue} and (${column} < ${cursorValue} or ${rest})`
          : sql<SqlBool>`${column} >= ${cursorValue} and (${column} > ${cursorValue} or ${rest})`,
      );
    }
    const direction = first.descending ? sql`desc` : sql`asc`;
    const orderBy = [sql`${column} ${direction}`, ...orderTerms(others)];
    rows.push(...(await selectRecords(db, { ...query, where, orderBy, limit })));
  }
  if (rows.length < limit) {
    const where: Array<Expression<SqlBool>> = [...query.where, sql<SqlBool>`${column} is null`];
    if (state && cursorValue === null) where.push(afterCursorFrom(keys, state, 1));
    rows.push(
      ...(await selectRecords(db, {
        ...query,
        where,
        orderBy: orderTerms(others),
        limit: limit - rows.length,
      })),
    );
  }
  return rows;
}
