import type { Kysely } from 'kysely';
import { executeCompiled } from './execute-compiled.ts';

/** Compiled inserts kept per shape: building and compiling an insert with Kysely costs more than running it. */
const MAX_SHAPES = 500;
const compiledByShape = new Map<string, string | null>();

type Returning = 'all' | 'id' | 'none';

/**
 * Inserts rows that all have the same columns, returning them whole, their ids or nothing. The SQL Kysely
 * compiles for a shape (table, columns in order, row count, returning, dialect) is kept and reused with the
 * next rows' values as parameters — only when the compiled parameters were exactly the values in order, so
 * a value Kysely would not bind as is (an expression) is never cached.
 */
export async function insertRows<R = Record<string, unknown>>(
  // biome-ignore lint/suspicious/noExplicitAny: record and platform tables alike, by name
  db: Kysely<any>,
  table: string,
  rows: Array<Record<string, unknown>>,
  returning: Returning,
): Promise<R[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0] as object);
  const params = rows.flatMap((row) => columns.map((column) => row[column]));
  const sameColumns =
    rows.every((row) => Object.keys(row).every((key, i) => key === columns[i])) &&
    params.every((value) => value !== undefined);
  const shape = `${db.getExecutor().adapter.constructor.name}\u0000${table}\u0000${returning}\u0000${rows.length}\u0000${columns.join('\u0001')}`;
  const cached = sameColumns ? compiledByShape.get(shape) : null;
  if (cached) {
    return executeCompiled<R>(db, cached, params);
  }
  const query = db.insertInto(table).values(rows);
  const compiled =
    returning === 'all'
      ? query.returningAll().compile()
      : returning === 'id'
        ? query.returning('id').compile()
        : query.compile();
  if (sameColumns && !compiledByShape.has(shape)) {
    const reusable =
      compiled.parameters.length === params.length &&
      compiled.parameters.every((value, i) => value === params[i]);
    if (compiledByShape.size >= MAX_SHAPES) compiledByShape.clear();
    compiledByShape.set(shape, reusable ? compiled.sql : null);
  }
  return (await db.executeQuery<R>(compiled)).rows;
}
