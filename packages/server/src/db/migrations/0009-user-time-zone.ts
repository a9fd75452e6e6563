import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/** A user's own time zone (IANA name); null follows the company's. */
export const userTimeZoneMigration: SystemMigration = {
  name: '0009-user-time-zone',
  async up(db: Kysely<unknown>, _t: ColumnTypes) {
    await db.schema.alterTable('users').addColumn('time_zone', 'text').execute();
  },
};
