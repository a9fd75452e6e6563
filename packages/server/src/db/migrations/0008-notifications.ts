import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/** In-app notifications: one row per recipient, read or unread. */
export const notificationsMigration: SystemMigration = {
  name: '0008-notifications',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('notifications'))
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('params', 'text', (c) => c.notNull())
      .addColumn('object', 'text')
      .addColumn('record_id', t.id)
      .addColumn('actor_user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('read_at', t.timestamp)
      .execute();
    // The unread count (`user_id = ? and read_at is null`) and the newest-first unread page are range
    // scans of this index; the newest-first page of all notifications is one of the next.
    await db.schema
      .createIndex('notifications_user_read_ix')
      .on('notifications')
      .columns(['user_id', 'read_at', 'id'])
      .execute();
    await db.schema
      .createIndex('notifications_user_ix')
      .on('notifications')
      .columns(['user_id', 'id'])
      .execute();
  },
};
