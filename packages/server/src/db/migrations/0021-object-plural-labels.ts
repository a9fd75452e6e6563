import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * An object's name for several of its records (English "Leads"), per language, where it differs from its
 * label: JSON `{"en": "…"}`, `{}` when none was given. Built-in objects get theirs at startup.
 */
export const objectPluralLabelsMigration: SystemMigration = {
  name: '0021-object-plural-labels',
  async up(db: Kysely<unknown>, _t: ColumnTypes) {
    await db.schema
      .alterTable('meta_objects')
      .addColumn('plural_labels', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();
  },
};
