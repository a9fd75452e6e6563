import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/test-database.ts';
import { columnTypes } from '../column-types.ts';
import { SYSTEM_MIGRATIONS } from '../migrate.ts';
import { toBool } from '../schema.ts';
import { leadResponsePerRuleSetMigration } from './0019-lead-response-per-rule-set.ts';

for (const dialect of DIALECTS) {
  describe(`migration 0019: first-response target per rule set (${dialect})`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => database?.dispose());

    /** A database migrated up to the migration before this one, with one rule set and maybe a setting. */
    const before = async (setting: string | null) => {
      database = await createTestDatabase(dialect);
      const types = columnTypes(dialect);
      const raw = database.db as unknown as Kysely<unknown>;
      const earlier = SYSTEM_MIGRATIONS.slice(0, SYSTEM_MIGRATIONS.indexOf(leadResponsePerRuleSetMigration));
      for (const migration of earlier) await migration.up(raw, types);
      const at = new Date().toISOString();
      if (setting !== null)
        await database.db
          .insertInto('settings')
          .values({ key: 'leadResponse', value: setting, updated_at: at, updated_by: null })
          .execute();
      await database.db
        .insertInto('lead_rule_sets')
        .values({
          name: '旧规则集',
          description: null,
          assign_on_create: true,
          task_due_minutes: 60,
          created_at: at,
          updated_at: at,
        } as never)
        .execute();
      await leadResponsePerRuleSetMigration.up(raw, types);
      return database;
    };
    const ruleSet = async (db: TestDatabase) => {
      const row = await db.db
        .selectFrom('lead_rule_sets')
        .select(['response_target_minutes', 'response_escalate', 'response_reassign'])
        .executeTakeFirstOrThrow();
      return {
        targetMinutes: row.response_target_minutes,
        escalate: toBool(row.response_escalate),
        reassign: toBool(row.response_reassign),
      };
    };

    it('gives existing rule sets the company-wide target they followed until now', async () => {
      const db = await before(JSON.stringify({ targetMinutes: 15, escalate: false }));
      expect(await ruleSet(db)).toEqual({ targetMinutes: 15, escalate: false, reassign: false });
    });

    it('gives them 5 minutes with escalation when the target was never changed', async () => {
      const db = await before(null);
      expect(await ruleSet(db)).toEqual({ targetMinutes: 5, escalate: true, reassign: false });
    });

    it('records each missed deadline of a lead once', async () => {
      const db = await before(null);
      const row = { lead_id: 1, due_at: '2027-03-01T02:05:00.000Z', at: '2027-03-01T02:05:00.000Z' };
      await db.db.insertInto('lead_response_breaches').values(row).execute();
      await expect(db.db.insertInto('lead_response_breaches').values(row).execute()).rejects.toThrow();
    });
  });
}
