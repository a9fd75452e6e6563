import type { Kysely, Transaction } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
import type { DB } from '../../db/schema.ts';
import type { ObjectMeta } from '../../metadata/metadata-model.ts';

/** Where an object's records live, read from the metadata tables on the caller's connection or transaction. */
export interface ObjectTable {
  tableName: string;
  nameField: string | null;
  column(field: string): string | undefined;
}

/**
 * The table and columns of `object`, read from the metadata tables on `db`, for code without the `Database` at
 * hand; with it, `objectTableOf` of a registry snapshot reads nothing.
 */
export async function objectTableOn(
  db: Kysely<DB> | Transaction<DB>,
  object: string,
): Promise<ObjectTable | undefined> {
  // One statement, compiled once: hot paths (a lead's first-response clock) ask on every write.
  const rows = await cachedQuery(db, 'metaObjects.tableAndColumns', [object], ([apiName]) =>
    db
      .selectFrom('meta_objects as o')
      .leftJoin('meta_fields as f', 'f.object_id', 'o.id')
      .select(['o.table_name', 'o.name_field', 'f.api_name', 'f.column_name'])
      .where('o.api_name', '=', apiName),
  );
  const meta = rows[0];
  if (!meta) return undefined;
  const columns = new Map(rows.map((field) => [field.api_name, field.column_name]));
  return {
    tableName: meta.table_name,
    nameField: meta.name_field,
    column: (field) => columns.get(field) ?? undefined,
  };
}

const tablesOf = new WeakMap<ObjectMeta, ObjectTable>();

/** The table and columns of an object as loaded metadata (a registry snapshot) describes it; built once per snapshot. */
export function objectTableOf(meta: ObjectMeta): ObjectTable {
  let table = tablesOf.get(meta);
  if (!table) {
    const columns = new Map(meta.fields.map((field) => [field.apiName, field.columnName]));
    table = { tableName: meta.tableName, nameField: meta.nameField, column: (field) => columns.get(field) };
    tablesOf.set(meta, table);
  }
  return table;
}
