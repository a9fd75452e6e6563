import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/** Record layouts per object: sections, order, column span, per-role visibility. */
export const layoutsMigration: SystemMigration = {
  name: '0007-layouts',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('meta_layouts'))
      .addColumn('object_id', t.id, (c) =>
        c.notNull().unique().references('meta_objects.id').onDelete('cascade'),
      )
      .addColumn('sections', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
  },
};
