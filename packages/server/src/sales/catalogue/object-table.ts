import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Where an object's records live, read from the metadata tables on the caller's connection or transaction. */
export interface ObjectTable {
  tableName: string;
  nameField: string | null;
  column(field: string): string | undefined;
}

/**
 * The table and columns of `object`, read on `db` — inside a write's transaction this is the way to learn
 * them (the metadata registry reads on the database's own connection; see `loadSalesContexts`).
 */
export async function objectTableOn(
  db: Kysely<DB> | Transaction<DB>,
  object: string,
): Promise<ObjectTable | undefined> {
  const meta = await db
    .selectFrom('meta_objects')
    .select(['id', 'table_name', 'name_field'])
    .where('api_name', '=', object)
    .executeTakeFirst();
  if (!meta) return undefined;
  const fields = await db
    .selectFrom('meta_fields')
    .select(['api_name', 'column_name'])
    .where('object_id', '=', meta.id)
    .execute();
  const columns = new Map(fields.map((field) => [field.api_name, field.column_name]));
  return { tableName: meta.table_name, nameField: meta.name_field, column: (field) => columns.get(field) };
}
