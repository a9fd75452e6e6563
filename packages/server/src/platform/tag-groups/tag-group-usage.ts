import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** A `tags` field that draws its tags from a group. */
export interface TagFieldUse {
  object: string;
  field: string;
  tableName: string;
  columnName: string;
}

/** The `tags` fields whose options name the group `groupKey`. */
export async function fieldsUsingTagGroup(db: Db, groupKey: string): Promise<TagFieldUse[]> {
  const rows = await db
    .selectFrom('meta_fields')
    .innerJoin('meta_objects', 'meta_objects.id', 'meta_fields.object_id')
    .select([
      'meta_objects.api_name as object',
      'meta_objects.table_name as tableName',
      'meta_fields.api_name as field',
      'meta_fields.column_name as columnName',
      'meta_fields.options as options',
    ])
    .where('meta_fields.type', '=', 'tags')
    .execute();
  return rows
    .filter((row) => (JSON.parse(row.options) as { group?: unknown }).group === groupKey)
    .map(({ object, field, tableName, columnName }) => ({ object, field, tableName, columnName }));
}

/**
 * Whether any record (live or in the recycle bin) of the field holds `tagKey`. Stored values are JSON
 * arrays of keys, and keys are plain (`[A-Za-z0-9_-]`), so `"key"` appears in the text exactly when held.
 */
export async function tagKeyUsed(db: Db, use: TagFieldUse, tagKey: string): Promise<boolean> {
  const row = await sql<{ one: number }>`select 1 as one from ${sql.table(use.tableName)} where ${sql.ref(
    use.columnName,
  )} like ${`%"${tagKey}"%`} limit 1`.execute(db);
  return row.rows.length > 0;
}
