import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * Rate-limit windows shared by the instances on one database (PostgreSQL): per key (`scope:key`), when the
 * current window ends (epoch milliseconds) and how many requests it has had.
 */
export const rateLimitWindowsMigration: SystemMigration = {
  name: '0022-rate-limit-windows',
  async up(db: Kysely<unknown>, _t: ColumnTypes) {
    await db.schema
      .createTable('rate_limit_windows')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('ends_at', 'bigint', (c) => c.notNull())
      .addColumn('hits', 'integer', (c) => c.notNull())
      .execute();
  },
};
