import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * Lead assignment rules: ordered rule sets of rules (a condition and a strategy), the round-robin
 * state of each rule (one row, locked while a lead is assigned by it), the people a rule picks from, each
 * user's availability and capacity, and the log of every assignment with its reason.
 */
export const leadAssignmentMigration: SystemMigration = {
  name: '0016-lead-assignment',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('lead_rule_sets'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('assign_on_create', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('task_due_minutes', 'integer', (c) => c.notNull().defaultTo(60))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();

    await t
      .addId(db.schema.createTable('lead_rules'))
      .addColumn('rule_set_id', t.id, (c) => c.notNull().references('lead_rule_sets.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('condition', 'text')
      .addColumn('strategy', 'text', (c) => c.notNull())
      .addColumn('user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('department_id', t.id, (c) => c.references('departments.id').onDelete('set null'))
      .addColumn('pool_id', t.id)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('lead_rules_set_ix')
      .on('lead_rules')
      .columns(['rule_set_id', 'position'])
      .execute();

    await db.schema
      .createTable('lead_rule_members')
      .addColumn('rule_id', t.id, (c) => c.notNull().references('lead_rules.id').onDelete('cascade'))
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('weight', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('lead_rule_members_pk', ['rule_id', 'user_id'])
      .execute();

    // The row a rule's assignments lock, one at a time: who had the last turn, and the weighted counters.
    await db.schema
      .createTable('lead_rule_state')
      .addColumn('rule_id', t.id, (c) => c.primaryKey().references('lead_rules.id').onDelete('cascade'))
      .addColumn('turns', t.id, (c) => c.notNull().defaultTo(0))
      .addColumn('last_user_id', t.id)
      .addColumn('weights', 'text')
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('lead_assignees')
      .addColumn('user_id', t.id, (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('away', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('away_until', 'text')
      .addColumn('max_open_leads', 'integer')
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_by', t.id, (c) => c.references('users.id').onDelete('set null'))
      .execute();

    await t
      .addId(db.schema.createTable('lead_assignment_log'))
      .addColumn('lead_id', t.id, (c) => c.notNull())
      .addColumn('rule_set_id', t.id, (c) => c.references('lead_rule_sets.id').onDelete('set null'))
      .addColumn('rule_id', t.id, (c) => c.references('lead_rules.id').onDelete('set null'))
      .addColumn('rule_name', 'text')
      .addColumn('strategy', 'text')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('pool_id', t.id)
      .addColumn('task_id', t.id)
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .execute();
    // The lead page reads one lead's assignments newest first.
    await db.schema
      .createIndex('lead_assignment_log_lead_ix')
      .on('lead_assignment_log')
      .columns(['lead_id', 'id'])
      .execute();
  },
};
