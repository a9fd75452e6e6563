import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB, ListViewTable } from '../db/schema.ts';

/** A row of `list_views`. */
export type ListViewRow = Selectable<ListViewTable>;

type AnyDb = Kysely<DB> | Transaction<DB>;

/** The views of `object` the user sees: their own personal views and every shared one, by name. */
export async function selectViewsFor(db: AnyDb, object: string, userId: number): Promise<ListViewRow[]> {
  return db
    .selectFrom('list_views')
    .selectAll()
    .where('object', '=', object)
    .where((eb) => eb.or([eb('shared', '=', true), eb('owner_id', '=', userId)]))
    .orderBy('shared', 'desc')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** One view of `object` by id, or undefined. */
export async function selectView(db: AnyDb, object: string, id: number): Promise<ListViewRow | undefined> {
  return db
    .selectFrom('list_views')
    .selectAll()
    .where('object', '=', object)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts a view and returns it. */
export async function insertView(db: AnyDb, values: Insertable<ListViewTable>): Promise<ListViewRow> {
  return db.insertInto('list_views').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Updates a view and returns it. */
export async function updateView(
  db: AnyDb,
  id: number,
  values: Updateable<ListViewTable>,
): Promise<ListViewRow> {
  return db
    .updateTable('list_views')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes a view. */
export async function deleteViewRow(db: AnyDb, id: number): Promise<void> {
  await db.deleteFrom('list_views').where('id', '=', id).execute();
}
