import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureBuiltInObjects } from '../metadata/ensure-built-in-objects.ts';
import { ensureAdminUser, ensureDefaultRoles } from './bootstrap.ts';

/** Everything a server does to its database before serving: migrate, built-in objects and roles, the admin user. */
export async function prepareDatabase(database: Database, config: Pick<Config, 'adminPassword'>) {
  await migrateToLatest(database);
  await ensureBuiltInObjects(database);
  await ensureDefaultRoles(database.db);
  return ensureAdminUser(database.db, config.adminPassword);
}
