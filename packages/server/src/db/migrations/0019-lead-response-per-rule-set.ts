import { type Kysely, sql } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * The first-response target per rule set: each rule set's own target, escalation and reassignment on
 * a miss — existing sets take the company-wide setting they followed until now — and one row per missed
 * deadline of a lead, which the deadline job writes exactly once (whose deadline it was, who was told,
 * who got the lead instead).
 */
export const leadResponsePerRuleSetMigration: SystemMigration = {
  name: '0019-lead-response-per-rule-set',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    // One column per statement: SQLite adds one at a time.
    await db.schema
      .alterTable('lead_rule_sets')
      .addColumn('response_target_minutes', 'integer', (c) => c.notNull().defaultTo(5))
      .execute();
    await db.schema
      .alterTable('lead_rule_sets')
      .addColumn('response_escalate', 'boolean', (c) => c.notNull().defaultTo(true))
      .execute();
    await db.schema
      .alterTable('lead_rule_sets')
      .addColumn('response_reassign', 'boolean', (c) => c.notNull().defaultTo(false))
      .execute();
    const global = await sql<{
      value: string;
    }>`select value from settings where key = 'leadResponse'`.execute(db);
    const stored = parseSettings(global.rows[0]?.value);
    if (stored.targetMinutes !== undefined || stored.escalate !== undefined) {
      await db
        .updateTable('lead_rule_sets' as never)
        .set({
          ...(stored.targetMinutes !== undefined ? { response_target_minutes: stored.targetMinutes } : {}),
          ...(stored.escalate !== undefined ? { response_escalate: stored.escalate } : {}),
        } as never)
        .execute();
    }

    await t
      .addId(db.schema.createTable('lead_response_breaches'))
      .addColumn('lead_id', t.id, (c) => c.notNull())
      .addColumn('due_at', t.timestamp, (c) => c.notNull())
      .addColumn('owner_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('rule_set_id', t.id, (c) => c.references('lead_rule_sets.id').onDelete('set null'))
      .addColumn('escalated_to', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('reassigned_to', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .execute();
    // The deadline job's guard: a lead misses one deadline once, however often its job runs.
    await db.schema
      .createIndex('lead_response_breaches_due_ux')
      .on('lead_response_breaches')
      .columns(['lead_id', 'due_at'])
      .unique()
      .execute();
  },
};

function parseSettings(text: string | undefined): { targetMinutes?: number; escalate?: boolean } {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as { targetMinutes?: unknown; escalate?: unknown };
    return {
      ...(Number.isInteger(value.targetMinutes) && (value.targetMinutes as number) >= 1
        ? { targetMinutes: value.targetMinutes as number }
        : {}),
      ...(typeof value.escalate === 'boolean' ? { escalate: value.escalate } : {}),
    };
  } catch {
    return {};
  }
}
