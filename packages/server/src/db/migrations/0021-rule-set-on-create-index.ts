import type { Kysely } from 'kysely';
import type { SystemMigration } from '../column-types.ts';

/**
 * Which rule set assigns leads on create is asked on every lead created: an index answers it without reading
 * the rule sets' rows (wide, with their rules' conditions).
 */
export const ruleSetOnCreateIndexMigration: SystemMigration = {
  name: '0021-rule-set-on-create-index',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('lead_rule_sets_assign_on_create_ix')
      .on('lead_rule_sets')
      .columns(['assign_on_create', 'id'])
      .execute();
  },
};
