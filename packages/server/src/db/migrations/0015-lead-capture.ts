import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * Lead capture: web-to-lead forms (each with a public token), and what makes the intake API safe to retry —
 * the answers given per idempotency key and the leads taken in per external id.
 */
export const leadCaptureMigration: SystemMigration = {
  name: '0015-lead-capture',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('lead_forms'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token', 'text', (c) => c.notNull().unique())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('fields', 'text', (c) => c.notNull())
      .addColumn('submit_label', 'text', (c) => c.notNull())
      .addColumn('thank_you', 'text', (c) => c.notNull())
      .addColumn('allowed_origins', 'text', (c) => c.notNull())
      .addColumn('source', 'text')
      .addColumn('campaign', 'text')
      .addColumn('rule_set_id', t.id)
      .addColumn('active', 'boolean', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('updated_by', t.id, (c) => c.references('users.id').onDelete('set null'))
      .execute();

    // One row per idempotency key of a caller: inserted first in the intake transaction, so a concurrent
    // retry waits for it and then replays the stored answer.
    await t
      .addId(db.schema.createTable('lead_intake_requests'))
      .addColumn('caller_user_id', t.id, (c) => c.notNull())
      .addColumn('idempotency_key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('response_status', 'integer')
      .addColumn('response_body', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('lead_intake_requests_key_ux')
      .on('lead_intake_requests')
      .columns(['caller_user_id', 'idempotency_key'])
      .unique()
      .execute();
    await db.schema
      .createIndex('lead_intake_requests_created_ix')
      .on('lead_intake_requests')
      .column('created_at')
      .execute();

    // The lead an item of a caller's batch became, by the item's external id (e.g. the ad platform's id).
    await t
      .addId(db.schema.createTable('lead_intake_items'))
      .addColumn('caller_user_id', t.id, (c) => c.notNull())
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('lead_id', t.id)
      .addColumn('outcome', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('lead_intake_items_key_ux')
      .on('lead_intake_items')
      .columns(['caller_user_id', 'external_id'])
      .unique()
      .execute();
  },
};
