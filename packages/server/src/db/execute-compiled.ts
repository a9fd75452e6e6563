import { CompiledQuery, type Kysely } from 'kysely';
import { transactionConnectionOf } from './database.ts';
import type { DB } from './schema.ts';

/**
 * Runs SQL compiled beforehand (`cachedQuery`, `insertRows`) with `params` and returns its rows. Inside a
 * SQLite transaction the statement runs straight on the connection the transaction holds — for the small
 * statements of a write, Kysely's executor (connection lock, promises, result wrapping) costs about as much
 * as SQLite itself; everywhere else it goes through Kysely.
 */
export async function executeCompiled<R>(
  // biome-ignore lint/suspicious/noExplicitAny: platform and record tables alike
  db: Kysely<any>,
  sql: string,
  params: readonly unknown[],
): Promise<R[]> {
  const connection = transactionConnectionOf(db as Kysely<DB>);
  if (connection) {
    const statement = connection.prepare(sql);
    if (statement.reader) return statement.all(params) as R[];
    statement.run(params);
    return [];
  }
  return (await db.executeQuery<R>(CompiledQuery.raw(sql, [...params]))).rows;
}
