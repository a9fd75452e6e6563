import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * The open opportunities per (pipeline, stage, owner): how many and their amount in fen, kept in step by every
 * opportunity write. The kanban's column totals read it instead of adding up a million opportunities; a
 * rep's or a department's totals are the rows of their owners. `0` stands for "no owner" so that the key is a
 * plain primary key on both dialects.
 */
export const opportunityOpenTotalsMigration: SystemMigration = {
  name: '0018-opportunity-open-totals',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await db.schema
      .createTable('opportunity_open_totals')
      .addColumn('pipeline_id', t.id, (c) => c.notNull())
      .addColumn('stage_id', t.id, (c) => c.notNull())
      .addColumn('owner_id', t.id, (c) => c.notNull())
      .addColumn('open_count', 'bigint', (c) => c.notNull())
      .addColumn('open_amount', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('opportunity_open_totals_pk', ['pipeline_id', 'stage_id', 'owner_id'])
      .execute();
    await db.schema
      .createIndex('opportunity_open_totals_owner_ix')
      .on('opportunity_open_totals')
      .columns(['owner_id', 'pipeline_id'])
      .execute();
  },
};
