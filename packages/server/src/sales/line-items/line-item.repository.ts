import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, LineItemTable } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

export type LineItemRow = Selectable<LineItemTable>;
export type NewLineItemRow = Omit<LineItemRow, 'id'>;

/** The lines of one parent record, in order. */
export async function selectLineItems(db: AnyDb, object: string, parentId: number): Promise<LineItemRow[]> {
  return db
    .selectFrom('line_items')
    .selectAll()
    .where('parent_object', '=', object)
    .where('parent_id', '=', parentId)
    .orderBy('position')
    .execute();
}

/** Replaces the lines of one parent record with `rows` (already numbered). */
export async function replaceLineItemRows(
  trx: Transaction<DB>,
  object: string,
  parentId: number,
  rows: readonly NewLineItemRow[],
): Promise<void> {
  await trx
    .deleteFrom('line_items')
    .where('parent_object', '=', object)
    .where('parent_id', '=', parentId)
    .execute();
  if (rows.length > 0)
    await trx
      .insertInto('line_items')
      .values([...rows])
      .execute();
}
