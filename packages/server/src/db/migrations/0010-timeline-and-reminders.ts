import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * The timeline of accounts, contacts, opportunities and leads (C-1): one row per record write and per
 * record it is shown on (its anchor). Task and follow-up reminders are jobs in the existing queue and need
 * no table of their own.
 */
export const timelineAndRemindersMigration: SystemMigration = {
  name: '0010-timeline-and-reminders',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('timeline_entries'))
      .addColumn('anchor_object', 'text', (c) => c.notNull())
      .addColumn('anchor_id', t.id, (c) => c.notNull())
      .addColumn('source_object', 'text', (c) => c.notNull())
      .addColumn('source_id', t.id, (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('changes', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .execute();
    // A timeline page is a backwards range scan of one anchor's entries in id order (keyset on id).
    await db.schema
      .createIndex('timeline_entries_anchor_ix')
      .on('timeline_entries')
      .columns(['anchor_object', 'anchor_id', 'id'])
      .execute();
    // Merging records moves the entries about the merged ones.
    await db.schema
      .createIndex('timeline_entries_source_ix')
      .on('timeline_entries')
      .columns(['source_object', 'source_id'])
      .execute();
  },
};
