import {
  type AliasedExpression,
  type Expression,
  type Kysely,
  type SqlBool,
  sql,
  type Transaction,
} from 'kysely';
import { insertRows } from '../db/cached-insert.ts';
import { cachedQuery } from '../db/cached-query.ts';
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

/** A LEFT JOIN of a related table (lookup target or users) under `alias`, with its whole join condition. */
export interface RecordJoin {
  table: string;
  alias: string;
  on: Expression<SqlBool>;
}

export interface RecordQuery {
  table: string;
  where: Array<Expression<SqlBool>>;
  orderBy?: Array<Expression<unknown>>;
  limit?: number;
  /** Related tables joined for `?fields=` paths, and the aliased values selected from them. */
  joins?: RecordJoin[];
  selects?: Array<AliasedExpression<unknown, string>>;
}

/** Rows of `table` matching every predicate, in order. */
export async function selectRecords(db: AnyDb, query: RecordQuery): Promise<RecordRow[]> {
  let q = dynamic(db).selectFrom(`${query.table} as ${RECORD_ALIAS}`).selectAll(RECORD_ALIAS);
  for (const join of query.joins ?? [])
    q = q.leftJoin(`${join.table} as ${join.alias}`, (j) => j.on(join.on));
  if (query.selects?.length) q = q.select(query.selects);
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
  related: Pick<RecordQuery, 'joins' | 'selects'> = {},
): Promise<RecordRow | undefined> {
  const rows = await selectRecords(db, {
    table,
    where: [sql<SqlBool>`${sql.ref(`${RECORD_ALIAS}.id`)} = ${id}`, ...where],
    limit: 1,
    ...related,
  });
  return rows[0];
}

/** Inserts a row and returns it. */
export async function insertRecordRow(
  trx: Transaction<DB>,
  table: string,
  values: Record<string, unknown>,
): Promise<RecordRow> {
  const [row] = await insertRows<RecordRow>(trx, table, [values], 'all');
  if (!row) throw new Error(`insert into ${table} returned no row`);
  return row;
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
  return (await rowsExist(trx, [{ table, id }]))[0] === true;
}

/** For each reference, whether its table has a row with its id: one statement for all of them. */
export async function rowsExist(
  trx: Transaction<DB>,
  references: ReadonlyArray<{ table: string; id: number }>,
): Promise<boolean[]> {
  if (references.length === 0) return [];
  const [row] = await cachedQuery(
    trx,
    `record.exists:${references.map((reference) => reference.table).join(',')}`,
    references.map((reference) => reference.id),
    (ids) =>
      // biome-ignore lint/suspicious/noExplicitAny: a select of scalar subqueries from no table
      (trx as unknown as Kysely<any>).selectNoFrom(
        references.map((reference, i) =>
          sql<number>`(select count(*) from ${sql.table(reference.table)} where id = ${ids[i]})`.as(`r${i}`),
        ),
      ),
  );
  return references.map((_, i) => Number((row as Record<string, unknown>)[`r${i}`]) > 0);
}
