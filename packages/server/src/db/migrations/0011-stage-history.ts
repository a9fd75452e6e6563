import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * The stage history of opportunities (append-only: one row per creation and per stage change) and its
 * monthly roll-up, which the funnel reads instead of the history itself: at a million opportunities the
 * history holds several million rows, and no SQLite scan of those stays under the funnel's time budget.
 */
export const stageHistoryMigration: SystemMigration = {
  name: '0011-stage-history',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('opportunity_stage_history'))
      .addColumn('opportunity_id', t.id, (c) => c.notNull())
      // The pipeline of the stage moved to (opportunities may move between pipelines).
      .addColumn('pipeline_id', t.id, (c) => c.notNull())
      // Null on the row that records the creation.
      .addColumn('from_stage_id', t.id)
      .addColumn('to_stage_id', t.id, (c) => c.notNull())
      .addColumn('at', t.timestamp, (c) => c.notNull())
      // `YYYY-MM` of `at` in the company's time zone: the funnel's periods are months, and the roll-up can
      // be rebuilt from the history without time-zone arithmetic in SQL.
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      // The opportunity's owner at the time: the rep whose funnel the move counts in.
      .addColumn('owner_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      // The amount at the time, in fen.
      .addColumn('amount', 'bigint')
      // How long the opportunity stayed in `from_stage_id`; null on creation or when unknown.
      .addColumn('seconds_in_from_stage', 'bigint')
      .execute();
    await db.schema
      .createIndex('opportunity_stage_history_opportunity_ix')
      .on('opportunity_stage_history')
      .columns(['opportunity_id', 'id'])
      .execute();
    await db.schema
      .createIndex('opportunity_stage_history_pipeline_at_ix')
      .on('opportunity_stage_history')
      .columns(['pipeline_id', 'at'])
      .execute();

    // One row per (pipeline, month, owner, from, to): how many moves, the seconds they spent in the stage
    // they left, and the amounts they carried. `0` stands for "none" (creation, no owner) so that the key
    // is a plain unique key on both dialects (NULLs never collide in a unique index).
    await db.schema
      .createTable('opportunity_stage_flow')
      .addColumn('pipeline_id', t.id, (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('owner_id', t.id, (c) => c.notNull())
      .addColumn('from_stage_id', t.id, (c) => c.notNull())
      .addColumn('to_stage_id', t.id, (c) => c.notNull())
      .addColumn('moves', 'bigint', (c) => c.notNull())
      // Moves whose time in the stage they left is known, and the sum of those times.
      .addColumn('timed_moves', 'bigint', (c) => c.notNull())
      .addColumn('seconds', 'bigint', (c) => c.notNull())
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('opportunity_stage_flow_pk', [
        'pipeline_id',
        'month',
        'owner_id',
        'from_stage_id',
        'to_stage_id',
      ])
      .execute();
    // The funnel reads the roll-up grouped by (from, to): a covering index in that order spares SQLite the
    // sort; a rep's funnel (data scope `owner_id = …`) reads only their own rows.
    const measures = ['moves', 'timed_moves', 'seconds', 'amount'];
    await db.schema
      .createIndex('opportunity_stage_flow_funnel_ix')
      .on('opportunity_stage_flow')
      .columns(['pipeline_id', 'from_stage_id', 'to_stage_id', 'month', 'owner_id', ...measures])
      .execute();
    await db.schema
      .createIndex('opportunity_stage_flow_owner_ix')
      .on('opportunity_stage_flow')
      .columns(['owner_id', 'pipeline_id', 'month', 'from_stage_id', 'to_stage_id', ...measures])
      .execute();
  },
};
