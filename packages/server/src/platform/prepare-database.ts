import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureBuiltInObjects } from '../metadata/ensure-built-in-objects.ts';
import { SALES_PREPARE_STEPS } from '../sales/index.ts';
import { ensureAdminUser, ensureDefaultRoles } from './bootstrap.ts';

/**
 * Everything a server does to its database before serving: migrate, built-in objects and roles, the admin
 * user, then what the sales features need (the default pipeline…).
 */
export async function prepareDatabase(database: Database, config: Pick<Config, 'adminPassword'>) {
  await migrateToLatest(database);
  await ensureBuiltInObjects(database);
  await ensureDefaultRoles(database.db);
  const admin = await ensureAdminUser(database.db, config.adminPassword);
  for (const step of SALES_PREPARE_STEPS) await step(database);
  return admin;
}
