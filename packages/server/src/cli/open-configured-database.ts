import path from 'node:path';
import type { Config } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';

/** Opens the database the configuration names: PostgreSQL by `DATABASE_URL`, else SQLite in the data folder. */
export function openConfiguredDatabase(
  config: Config,
  options: { mustExist?: boolean; serving?: boolean } = {},
): Database {
  return openDatabase({
    url: config.databaseUrl,
    sqliteFile: path.join(config.dataDir, 'lodestar.db'),
    sqliteMustExist: options.mustExist ?? false,
    // A server runs for long: its log is copied on a thread of its own too (a command's in its writes).
    sqliteBackgroundCheckpoints: options.serving ?? false,
  });
}
