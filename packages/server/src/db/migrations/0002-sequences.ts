import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/** Named counters (auto-numbers): one row per key, incremented inside the writer's transaction. */
export const sequencesMigration: SystemMigration = {
  name: '0002-sequences',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await db.schema
      .createTable('sequences')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', t.dialect === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
  },
};
