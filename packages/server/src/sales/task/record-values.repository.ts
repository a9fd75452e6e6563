import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { fieldTypeModule, type JsonValue } from '../../metadata/field-types/index.ts';
import { findObject } from '../../metadata/metadata.repository.ts';

/** A live record's API values by field api name, with its owner: what a job or a behaviour reads of it. */
export interface LiveRecord {
  id: number;
  ownerId: number | null;
  values: Record<string, JsonValue>;
}

/**
 * Reads one live (not deleted) record of `object` by id, outside any viewer's scope — for background work
 * and derivations the system does, never to answer a request. Undefined when it does not exist or is in the
 * recycle bin. The object's metadata is read on `db` too, never from the registry: called inside a
 * transaction, a registry reload on another connection would wait for this one (on SQLite, for ever).
 */
export async function readLiveRecord(
  db: Kysely<DB> | Transaction<DB>,
  object: string,
  id: number,
): Promise<LiveRecord | undefined> {
  const meta = await findObject(db, object);
  if (!meta) return undefined;
  const row = (await (db as unknown as Kysely<Record<string, Record<string, unknown>>>)
    .selectFrom(meta.tableName)
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()) as Record<string, unknown> | undefined;
  if (!row) return undefined;
  const values: Record<string, JsonValue> = {};
  for (const field of meta.fields) {
    const module = fieldTypeModule(field.type);
    if (module && !module.computed)
      values[field.apiName] = module.present(row[field.columnName] ?? null, field.options);
  }
  return { id, ownerId: row.owner_id == null ? null : Number(row.owner_id), values };
}
