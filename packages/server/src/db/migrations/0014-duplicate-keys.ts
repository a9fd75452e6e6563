import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * Match keys of accounts, contacts and leads (normalised company name, phone, e-mail), kept by their
 * behaviours, so that finding duplicates is an index lookup however many records there are.
 */
export const duplicateKeysMigration: SystemMigration = {
  name: '0014-duplicate-keys',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('duplicate_keys'))
      .addColumn('object', 'text', (c) => c.notNull())
      .addColumn('record_id', t.id, (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .execute();
    // A check is `object = ? and kind = ? and key = ?`: the record ids are read from this index alone.
    await db.schema
      .createIndex('duplicate_keys_lookup_ix')
      .on('duplicate_keys')
      .columns(['object', 'kind', 'key', 'record_id'])
      .execute();
    // A write replaces the keys of one record.
    await db.schema
      .createIndex('duplicate_keys_record_ix')
      .on('duplicate_keys')
      .columns(['object', 'record_id'])
      .execute();
  },
};
