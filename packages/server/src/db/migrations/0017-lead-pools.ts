import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * Lead pools (公海, A-4): pools with their members, limits and recycle rules; per lead, the pool it belongs
 * to and the moments the recycle rules count from; and every entry into and exit from a pool (recycled,
 * returned with a reason, claimed, assigned), with the previous owner.
 */
export const leadPoolsMigration: SystemMigration = {
  name: '0017-lead-pools',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('lead_pools'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('department_id', t.id, (c) => c.references('departments.id').onDelete('set null'))
      .addColumn('region', 'text')
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('daily_claim_limit', 'integer')
      .addColumn('max_owned_leads', 'integer')
      .addColumn('reclaim_cooldown_days', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('no_follow_up_days', 'integer')
      .addColumn('not_converted_days', 'integer')
      .addColumn('recycle_condition', 'text')
      .addColumn('reminder_days', 'integer')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('lead_pool_members')
      .addColumn('pool_id', t.id, (c) => c.notNull().references('lead_pools.id').onDelete('cascade'))
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('is_manager', 'boolean', (c) => c.notNull().defaultTo(false))
      .addPrimaryKeyConstraint('lead_pool_members_pk', ['pool_id', 'user_id'])
      .execute();
    await db.schema
      .createIndex('lead_pool_members_user_ix')
      .on('lead_pool_members')
      .columns(['user_id', 'pool_id'])
      .execute();

    // One row per lead that entered a pool or changed hands through assignment, claiming or an edit of its
    // owner; a lead without one counts from its creation.
    await db.schema
      .createTable('lead_custody')
      .addColumn('lead_id', t.id, (c) => c.primaryKey())
      .addColumn('pool_id', t.id, (c) => c.references('lead_pools.id').onDelete('set null'))
      .addColumn('owner_since', t.timestamp)
      .addColumn('last_touch_at', t.timestamp)
      .addColumn('last_follow_up_at', t.timestamp)
      .addColumn('pooled_at', t.timestamp)
      .addColumn('reminded_at', t.timestamp)
      .execute();
    // The leads waiting in a pool, newest first.
    await db.schema
      .createIndex('lead_custody_pool_ix')
      .on('lead_custody')
      .columns(['pool_id', 'pooled_at'])
      .execute();

    await t
      .addId(db.schema.createTable('lead_pool_events'))
      .addColumn('lead_id', t.id, (c) => c.notNull())
      .addColumn('pool_id', t.id, (c) => c.references('lead_pools.id').onDelete('set null'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('from_user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('to_user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('actor_user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('reason_code', 'text')
      .addColumn('reason', 'text')
      .addColumn('run_id', 'text')
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('lead_pool_events_lead_ix')
      .on('lead_pool_events')
      .columns(['lead_id', 'id'])
      .execute();
    // A rep's claims today (the daily limit).
    await db.schema
      .createIndex('lead_pool_events_claims_ix')
      .on('lead_pool_events')
      .columns(['to_user_id', 'kind', 'at'])
      .execute();
    // The leads a rep lost recently (the re-claim cooldown).
    await db.schema
      .createIndex('lead_pool_events_lost_ix')
      .on('lead_pool_events')
      .columns(['from_user_id', 'lead_id', 'at'])
      .execute();
  },
};
