import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/** The metadata registry: objects (one record table each) and their fields (one column each). */
export const metadataMigration: SystemMigration = {
  name: '0003-metadata',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    const bool = t.dialect === 'postgres' ? 'boolean' : 'integer';
    await t
      .addId(db.schema.createTable('meta_objects'))
      .addColumn('api_name', 'text', (c) => c.notNull().unique())
      .addColumn('table_name', 'text', (c) => c.notNull().unique())
      .addColumn('labels', 'text', (c) => c.notNull())
      .addColumn('icon', 'text')
      .addColumn('name_field', 'text')
      .addColumn('is_custom', bool, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();

    await t
      .addId(db.schema.createTable('meta_fields'))
      .addColumn('object_id', t.id, (c) => c.notNull().references('meta_objects.id').onDelete('cascade'))
      .addColumn('api_name', 'text', (c) => c.notNull())
      .addColumn('column_name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('labels', 'text', (c) => c.notNull())
      .addColumn('required', bool, (c) => c.notNull())
      .addColumn('is_unique', bool, (c) => c.notNull())
      .addColumn('default_value', 'text')
      .addColumn('help_text', 'text')
      .addColumn('options', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('is_custom', bool, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('meta_fields_object_api_name_key', ['object_id', 'api_name'])
      .addUniqueConstraint('meta_fields_object_column_key', ['object_id', 'column_name'])
      .execute();
  },
};
