import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureDefaultRoles } from '../platform/bootstrap.ts';
import type { Command } from './commands.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations',
  help: `Usage: lodestar migrate

Applies every pending system migration to the configured database (DATABASE_URL, else SQLite under
LODESTAR_DATA_DIR) and creates missing built-in roles. Safe to run repeatedly.`,
  async run() {
    const database = openConfiguredDatabase(loadConfig());
    try {
      const applied = await migrateToLatest(database);
      await ensureDefaultRoles(database.db);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
      return 0;
    } finally {
      await database.close();
    }
  },
};
