import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { ColumnTypes } from '../../db/column-types.ts';
import type { DB } from '../../db/schema.ts';

/** Record tables exist only in metadata, so their statements are built on an untyped view. */
// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
const dynamic = (db: Kysely<DB> | Transaction<DB>) => db as unknown as Kysely<any>;

/** A change of one id-valued column (a lookup, the owner) on every record of a table matching `where`. */
export interface ColumnChange {
  /** Api name of the object, for its field history. */
  object: string;
  table: string;
  /** The field as history names it (`account`, `ownerId`). */
  field: string;
  column: string;
  /** The new id, or null. */
  value: number | null;
  where: Array<Expression<SqlBool>>;
  actorUserId: number;
  at: string;
}

/**
 * Sets a column on every matching record in two statements however many records match: one appends a
 * field history row per record (old value → new), one sets the column and bumps `version` (so an edit
 * begun before gets a 409 instead of undoing the change), `updated_by` and `updated_at`. Returns how many
 * records changed. Meant for changes a user makes to many records at once (merge, handover).
 */
export async function setColumnWithHistory(
  trx: Transaction<DB>,
  types: ColumnTypes,
  change: ColumnChange,
): Promise<number> {
  const column = sql.ref(change.column);
  const newValue = change.value === null ? null : JSON.stringify(change.value);
  let source = dynamic(trx)
    .selectFrom(change.table)
    .select([
      sql.lit(change.object).as('object'),
      'id',
      sql.lit(change.field).as('field'),
      sql`cast(${column} as text)`.as('old_value'),
      // Typed like their columns: a parameter in a select list has no type of its own on PostgreSQL.
      sql`cast(${newValue} as text)`.as('new_value'),
      sql`cast(${change.actorUserId} as ${sql.raw(types.id)})`.as('actor_user_id'),
      sql`cast(${change.at} as ${sql.raw(types.timestamp)})`.as('at'),
    ]);
  let update = dynamic(trx)
    .updateTable(change.table)
    .set({
      [change.column]: change.value,
      version: sql`version + 1`,
      updated_by: change.actorUserId,
      updated_at: change.at,
    });
  for (const predicate of change.where) {
    source = source.where(predicate);
    update = update.where(predicate);
  }
  await trx
    .insertInto('record_history')
    .columns(['object', 'record_id', 'field', 'old_value', 'new_value', 'actor_user_id', 'at'])
    .expression(source)
    .execute();
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
