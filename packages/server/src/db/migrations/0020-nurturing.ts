import { type Kysely, sql } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * Lead nurturing by email: email templates; drip sequences of steps (a template and a delay),
 * the enrolments of pooled leads in them; every email sent to a lead with its status; the leads (and
 * addresses) that opted out; and a `detail` on timeline entries for events that are not record writes
 * (an email sent, a lead handed back to a rep).
 */
export const nurturingMigration: SystemMigration = {
  name: '0020-nurturing',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('email_templates'))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('updated_by', t.id, (c) => c.references('users.id').onDelete('set null'))
      .execute();

    await t
      .addId(db.schema.createTable('nurture_sequences'))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text')
      .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('enrol_pool_id', t.id, (c) => c.references('lead_pools.id').onDelete('set null'))
      .addColumn('hand_back_rule_set_id', t.id, (c) => c.references('lead_rule_sets.id').onDelete('set null'))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    // The sequences that enrol the leads entering a pool.
    await db.schema
      .createIndex('nurture_sequences_pool_ix')
      .on('nurture_sequences')
      .column('enrol_pool_id')
      .execute();

    await t
      .addId(db.schema.createTable('nurture_steps'))
      .addColumn('sequence_id', t.id, (c) =>
        c.notNull().references('nurture_sequences.id').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('template_id', t.id, (c) => c.notNull().references('email_templates.id'))
      .addColumn('delay_hours', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('nurture_steps_sequence_ux')
      .on('nurture_steps')
      .columns(['sequence_id', 'position'])
      .unique()
      .execute();
    await db.schema
      .createIndex('nurture_steps_template_ix')
      .on('nurture_steps')
      .column('template_id')
      .execute();

    await t
      .addId(db.schema.createTable('nurture_enrolments'))
      .addColumn('sequence_id', t.id, (c) =>
        c.notNull().references('nurture_sequences.id').onDelete('cascade'),
      )
      .addColumn('lead_id', t.id, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('next_position', 'integer', (c) => c.notNull())
      .addColumn('next_due_at', t.timestamp)
      .addColumn('stop_reason', 'text')
      .addColumn('enrolled_by', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('enrolled_at', t.timestamp, (c) => c.notNull())
      .addColumn('ended_at', t.timestamp)
      .execute();
    // A lead is nurtured by one sequence at a time.
    await db.schema
      .createIndex('nurture_enrolments_active_ux')
      .on('nurture_enrolments')
      .column('lead_id')
      .unique()
      .where(sql.ref('status'), '=', 'active')
      .execute();
    await db.schema
      .createIndex('nurture_enrolments_lead_ix')
      .on('nurture_enrolments')
      .columns(['lead_id', 'id'])
      .execute();
    await db.schema
      .createIndex('nurture_enrolments_sequence_ix')
      .on('nurture_enrolments')
      .columns(['sequence_id', 'status'])
      .execute();

    await t
      .addId(db.schema.createTable('email_sends'))
      .addColumn('lead_id', t.id, (c) => c.notNull())
      .addColumn('enrolment_id', t.id, (c) => c.references('nurture_enrolments.id').onDelete('set null'))
      .addColumn('step_position', 'integer')
      .addColumn('template_id', t.id, (c) => c.references('email_templates.id').onDelete('set null'))
      .addColumn('sent_by', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('to_address', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('error', 'text')
      .addColumn('message_id', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('sent_at', t.timestamp)
      .execute();
    await db.schema.createIndex('email_sends_lead_ix').on('email_sends').columns(['lead_id', 'id']).execute();
    // One send per step of an enrolment, however often its job runs.
    await db.schema
      .createIndex('email_sends_step_ux')
      .on('email_sends')
      .columns(['enrolment_id', 'step_position'])
      .unique()
      .execute();

    await t
      .addId(db.schema.createTable('email_opt_outs'))
      .addColumn('lead_id', t.id, (c) => c.notNull().unique())
      .addColumn('email', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('email_opt_outs_email_ix').on('email_opt_outs').column('email').execute();

    await db.schema.alterTable('timeline_entries').addColumn('detail', 'text').execute();
  },
};
