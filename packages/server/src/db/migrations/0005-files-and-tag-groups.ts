import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/** Stored files (attachments) and admin-defined tag groups. */
export const filesAndTagGroupsMigration: SystemMigration = {
  name: '0005-files-and-tag-groups',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('files'))
      .addColumn('storage_key', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('size', t.id, (c) => c.notNull())
      .addColumn('mime_type', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('uploaded_by', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('object', 'text')
      .addColumn('record_id', t.id)
      .addColumn('field', 'text')
      .addColumn('deleted_at', t.timestamp)
      .execute();
    await db.schema
      .createIndex('files_object_record_ix')
      .on('files')
      .columns(['object', 'record_id'])
      .execute();

    await t
      .addId(db.schema.createTable('tag_groups'))
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('labels', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
  },
};
