import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * Contracts: the append-only history of status transitions (who moved a contract from where to where, when,
 * and why), and the payment reminders already sent, so that the daily reminder job notifies once per
 * instalment and due date however often it runs.
 */
export const contractStatusHistoryMigration: SystemMigration = {
  name: '0013-contract-status-history',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    // Contracts are metadata records (obj_contract, created after migrations), so no foreign key to them.
    await t
      .addId(db.schema.createTable('contract_status_history'))
      .addColumn('contract_id', t.id, (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('comment', 'text')
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('contract_status_history_contract_ix')
      .on('contract_status_history')
      .columns(['contract_id', 'id'])
      .execute();

    await t
      .addId(db.schema.createTable('payment_reminders'))
      .addColumn('payment_plan_id', t.id, (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('sent_at', t.timestamp, (c) => c.notNull())
      .execute();
    // A changed due date is a new reminder; the same one twice is not.
    await db.schema
      .createIndex('payment_reminders_once_ux')
      .on('payment_reminders')
      .columns(['payment_plan_id', 'kind', 'due_date'])
      .unique()
      .execute();
  },
};
