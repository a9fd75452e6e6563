import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { columnTypes, type SystemMigration } from './column-types.ts';
import type { Database } from './database.ts';
import { platformMigration } from './migrations/0001-platform.ts';
import { sequencesMigration } from './migrations/0002-sequences.ts';
import { metadataMigration } from './migrations/0003-metadata.ts';
import { recordHistoryMigration } from './migrations/0004-record-history.ts';
import { filesAndTagGroupsMigration } from './migrations/0005-files-and-tag-groups.ts';
import { listViewsMigration } from './migrations/0006-list-views.ts';
import { layoutsMigration } from './migrations/0007-layouts.ts';
import { notificationsMigration } from './migrations/0008-notifications.ts';
import { userTimeZoneMigration } from './migrations/0009-user-time-zone.ts';
import { timelineAndRemindersMigration } from './migrations/0010-timeline-and-reminders.ts';
import { stageHistoryMigration } from './migrations/0011-stage-history.ts';
import { lineItemsMigration } from './migrations/0012-line-items.ts';
import { contractStatusHistoryMigration } from './migrations/0013-contract-status-history.ts';
import { duplicateKeysMigration } from './migrations/0014-duplicate-keys.ts';
import { leadCaptureMigration } from './migrations/0015-lead-capture.ts';
import { leadAssignmentMigration } from './migrations/0016-lead-assignment.ts';
import { leadPoolsMigration } from './migrations/0017-lead-pools.ts';
import { opportunityOpenTotalsMigration } from './migrations/0018-opportunity-open-totals.ts';
import { leadResponsePerRuleSetMigration } from './migrations/0019-lead-response-per-rule-set.ts';
import { nurturingMigration } from './migrations/0020-nurturing.ts';
import { objectPluralLabelsMigration } from './migrations/0021-object-plural-labels.ts';
import { rateLimitWindowsMigration } from './migrations/0022-rate-limit-windows.ts';

/** System migrations in order. Append only: a released migration is never edited. */
export const SYSTEM_MIGRATIONS: SystemMigration[] = [
  platformMigration,
  sequencesMigration,
  metadataMigration,
  recordHistoryMigration,
  filesAndTagGroupsMigration,
  listViewsMigration,
  layoutsMigration,
  notificationsMigration,
  userTimeZoneMigration,
  lineItemsMigration,
  contractStatusHistoryMigration,
  duplicateKeysMigration,
  timelineAndRemindersMigration,
  stageHistoryMigration,
  opportunityOpenTotalsMigration,
  leadCaptureMigration,
  leadAssignmentMigration,
  leadPoolsMigration,
  leadResponsePerRuleSetMigration,
  nurturingMigration,
  objectPluralLabelsMigration,
  rateLimitWindowsMigration,
];

function migrator(database: Database): Migrator {
  const types = columnTypes(database.dialect);
  const provider: MigrationProvider = {
    async getMigrations() {
      const entries: Record<string, Migration> = {};
      for (const m of SYSTEM_MIGRATIONS) entries[m.name] = { up: (db: Kysely<unknown>) => m.up(db, types) };
      return entries;
    },
  };
  return new Migrator({
    db: database.db,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
}

/** Applies pending system migrations; returns the names applied. Throws on the first failure. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const { error, results } = await migrator(database).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export interface MigrationState {
  name: string;
  executedAt: string | null;
}

/** Every known migration with when it ran (null: pending). */
export async function migrationStatus(database: Database): Promise<MigrationState[]> {
  const list = await migrator(database).getMigrations();
  return list.map((m) => ({ name: m.name, executedAt: m.executedAt ? m.executedAt.toISOString() : null }));
}
