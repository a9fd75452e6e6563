import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/** Saved list views per object (personal or shared). */
export const listViewsMigration: SystemMigration = {
  name: '0006-list-views',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('list_views'))
      .addColumn('object', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('columns', 'text', (c) => c.notNull())
      .addColumn('filter', 'text')
      .addColumn('sort', 'text')
      .addColumn('q', 'text')
      .addColumn('shared', 'boolean', (c) => c.notNull())
      .addColumn('owner_id', t.id, (c) => c.references('users.id').onDelete('cascade'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('list_views_object_ix')
      .on('list_views')
      .columns(['object', 'owner_id'])
      .execute();
  },
};
