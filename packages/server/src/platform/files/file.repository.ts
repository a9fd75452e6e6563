import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, FileTable } from '../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** A stored file row. */
export type FileRow = Selectable<FileTable>;

/** Inserts a file row and returns it. */
export async function insertFile(
  db: Db,
  values: Omit<FileRow, 'id' | 'deleted_at'> & { deleted_at?: null },
): Promise<FileRow> {
  return db
    .insertInto('files')
    .values({ ...values, deleted_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A live (not removed) file by id. */
export async function findLiveFile(db: Db, id: number): Promise<FileRow | undefined> {
  return db
    .selectFrom('files')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Live files by id (in one statement). */
export async function findLiveFiles(db: Db, ids: readonly number[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('files')
    .selectAll()
    .where('id', 'in', [...ids])
    .where('deleted_at', 'is', null)
    .execute();
}

/** The attachments of a record (not the files of its attachment fields), oldest first. */
export async function listRecordAttachments(db: Db, object: string, recordId: number): Promise<FileRow[]> {
  return db
    .selectFrom('files')
    .selectAll()
    .where('object', '=', object)
    .where('record_id', '=', recordId)
    .where('field', 'is', null)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
}

/** Links not-yet-attached files to a record's field. */
export async function linkFiles(
  db: Db,
  ids: readonly number[],
  link: { object: string; recordId: number; field: string },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('files')
    .set({ object: link.object, record_id: link.recordId, field: link.field })
    .where('id', 'in', [...ids])
    .where('record_id', 'is', null)
    .execute();
}

/** Marks a file removed (its bytes stay in storage). */
export async function markFileDeleted(db: Db, id: number): Promise<void> {
  await db.updateTable('files').set({ deleted_at: new Date().toISOString() }).where('id', '=', id).execute();
}
