import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/** Field history of records: one row per changed field of every record write. */
export const recordHistoryMigration: SystemMigration = {
  name: '0004-record-history',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('record_history'))
      .addColumn('object', 'text', (c) => c.notNull())
      .addColumn('record_id', t.id, (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('old_value', 'text')
      .addColumn('new_value', 'text')
      .addColumn('actor_user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('record_history_object_record_ix')
      .on('record_history')
      .columns(['object', 'record_id'])
      .execute();
  },
};
