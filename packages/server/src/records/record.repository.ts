import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

/** A row of a record table: system columns plus one column per field. */
export type RecordRow = Record<string, unknown> & {
  id: number;
  version: number;
  owner_id: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

type AnyDb = Kysely<DB> | Transaction<DB>;

/** Record tables are created at runtime, so their queries are built on an untyped view of the database. */
// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
const dynamic = (db: AnyDb) => db as unknown as Kysely<any>;

/** The alias of the record table in every records query (scope and condition predicates use it). */
export const RECORD_ALIAS = 'r';

export interface RecordQuery {
  table: string;
  where: Array<Expression<SqlBool>>;
  orderBy?: Array<Expression<unknown>>;
  limit?: number;
}

/** Rows of `table` matching every predicate, in order. */
export async function selectRecords(db: AnyDb, query: RecordQuery): Promise<RecordRow[]> {
  let q = dynamic(db).selectFrom(`${query.table} as ${RECORD_ALIAS}`).selectAll(RECORD_ALIAS);
  for (const predicate of query.where) q = q.where(predicate);
  for (const order of query.orderBy ?? []) q = q.orderBy(order);
  if (query.limit !== undefined) q = q.limit(query.limit);
  return (await q.execute()) as RecordRow[];
}

/** One row by id within the predicates, or undefined. */
export async function selectRecord(
  db: AnyDb,
  table: string,
  id: number,
  where: Array<Expression<SqlBool>>,
): Promise<RecordRow | undefined> {
  const rows = await selectRecords(db, {
    table,
    where: [sql<SqlBool>`${sql.ref(`${RECORD_ALIAS}.id`)} = ${id}`, ...where],
    limit: 1,
  });
  return rows[0];
}

/** Inserts a row and returns it. */
export async function insertRecordRow(
  trx: Transaction<DB>,
  table: string,
  values: Record<string, unknown>,
): Promise<RecordRow> {
  return (await dynamic(trx)
    .insertInto(table)
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow()) as RecordRow;
}

/** Updates a row at `version` and bumps it; undefined when the row is not at that version any more. */
export async function updateRecordRow(
  trx: Transaction<DB>,
  table: string,
  id: number,
  version: number,
  values: Record<string, unknown>,
): Promise<RecordRow | undefined> {
  return (await dynamic(trx)
    .updateTable(table)
    .set({ ...values, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()) as RecordRow | undefined;
}

/** Whether another live or deleted row of `table` already holds `value` in `column`. */
export async function valueTaken(
  trx: Transaction<DB>,
  table: string,
  column: string,
  value: unknown,
  exceptId: number | null,
): Promise<boolean> {
  let q = dynamic(trx).selectFrom(table).select('id').where(column, '=', value);
  if (exceptId !== null) q = q.where('id', '<>', exceptId);
  return (await q.limit(1).executeTakeFirst()) !== undefined;
}

/** Whether `table` has a row with this id (a referenced record or user). */
export async function rowExists(trx: Transaction<DB>, table: string, id: number): Promise<boolean> {
  const row = await dynamic(trx).selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}
