import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { apiValuesOf } from '../../records/record.presenter.ts';
import { RECORD_ALIAS, selectRecord, selectRecords } from '../../records/record.repository.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';
import type { RecordContext } from '../../records/record-context.ts';

/**
 * Reading records of the sales objects as API values inside a feature's transaction, and locking one for
 * the rest of it. Record tables exist only at runtime, so columns are found through the metadata.
 */

/** A record as its features work with it: API values by field api name (hidden fields included). */
export interface RecordSnapshot {
  id: number;
  version: number;
  ownerId: number | null;
  values: RecordValues;
}

/** The column of a field of the context's object; throws on a field the object lacks (a programming error). */
export function columnOf(context: RecordContext, field: string): string {
  const meta = context.object.fields.find((f) => f.apiName === field);
  if (!meta) throw new Error(`${context.object.apiName} has no field ${field}`);
  return meta.columnName;
}

/** The predicate `r.<column of field> = value`. */
export function fieldEquals(context: RecordContext, field: string, value: unknown): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(`${RECORD_ALIAS}.${columnOf(context, field)}`)} = ${value}`;
}

/** The predicate of live (not deleted) rows. */
export const LIVE: Expression<SqlBool> = sql<SqlBool>`${sql.ref(`${RECORD_ALIAS}.deleted_at`)} is null`;

function snapshotOf(context: RecordContext, row: Parameters<typeof apiValuesOf>[1]): RecordSnapshot {
  return {
    id: Number(row.id),
    version: Number(row.version),
    ownerId: row.owner_id == null ? null : Number(row.owner_id),
    values: apiValuesOf(context, row),
  };
}

/** One record by id within the predicates (live rows unless they say otherwise), or undefined. */
export async function loadRecord(
  trx: Kysely<DB> | Transaction<DB>,
  context: RecordContext,
  id: number,
  where: Array<Expression<SqlBool>> = [LIVE],
): Promise<RecordSnapshot | undefined> {
  const row = await selectRecord(trx, context.object.tableName, id, where);
  return row ? snapshotOf(context, row) : undefined;
}

/** The live records whose `field` equals `value`, oldest first. */
export async function loadRecordsWhere(
  trx: Kysely<DB> | Transaction<DB>,
  context: RecordContext,
  field: string,
  value: unknown,
): Promise<RecordSnapshot[]> {
  const rows = await selectRecords(trx, {
    table: context.object.tableName,
    where: [fieldEquals(context, field, value), LIVE],
    orderBy: [sql.ref(`${RECORD_ALIAS}.id`)],
  });
  return rows.map((row) => snapshotOf(context, row));
}

/**
 * Locks a record's row until the transaction ends, so that checks reading it (a contract's receivable before a
 * payment) cannot race a concurrent writer. A no-op update locks on every database without a dialect branch.
 */
export async function lockRecordRow(trx: Transaction<DB>, table: string, id: number): Promise<void> {
  await sql`update ${sql.table(table)} set version = version where id = ${id}`.execute(trx);
}
