import { sql } from 'kysely';
import type { TestDatabase } from './test-database.ts';

/** The column lists of the indexes of `table`, read from the database's own catalogue. */
export async function indexedColumns(database: TestDatabase, table: string): Promise<string[][]> {
  const db = database.db;
  if (database.dialect === 'sqlite') {
    const { rows } = await sql<{ name: string }>`select name from sqlite_master
      where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db);
    const result: string[][] = [];
    for (const { name } of rows) {
      const cols = await sql<{ name: string }>`select name from pragma_index_info(${name})`.execute(db);
      result.push(cols.rows.map((c) => c.name));
    }
    return result;
  }
  const { rows } = await sql<{ def: string }>`select indexdef as def from pg_indexes
    where schemaname = current_schema() and tablename = ${table}`.execute(db);
  return rows.map((r) => (/\((.*)\)$/.exec(r.def)?.[1] ?? '').split(', ').map((c) => c.replaceAll('"', '')));
}
