import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './database.ts';

/** What a backup produced: a database file, or the commands to run because the server is external. */
export type BackupResult =
  | { kind: 'file'; file: string; bytes: number }
  | { kind: 'instructions'; lines: string[] };

export interface BackupOptions {
  /** Target file; when absent, `<backupsDir>/lodestar-<timestamp>.db`. */
  out?: string | undefined;
  /** Folder for backups named by timestamp. */
  backupsDir: string;
  /** Connection string shown (redacted) in the instructions for an external server. */
  redactedUrl?: string | undefined;
  now?: Date;
}

/** `20261126T184207Z`: sorts by time and is safe in file names on every platform. */
export function backupTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * Backs up the database. An embedded SQLite database is copied online (consistent while the server keeps
 * serving); a PostgreSQL server is backed up with its own tools, so the result is the commands to run.
 */
export async function backupDatabase(database: Database, options: BackupOptions): Promise<BackupResult> {
  const stamp = backupTimestamp(options.now ?? new Date());
  if (!database.backupTo) {
    const dump = `lodestar-${stamp}.dump`;
    return {
      kind: 'instructions',
      lines: [
        `The database is on PostgreSQL (${options.redactedUrl ?? 'DATABASE_URL'}); back it up with PostgreSQL's own tools:`,
        '',
        `  pg_dump --format=custom --file=${dump} "$DATABASE_URL"`,
        '',
        'To restore, stop every Lodestar process, then (this replaces the tables the dump contains):',
        '',
        `  pg_restore --no-owner --clean --if-exists --dbname="$DATABASE_URL" ${dump}`,
        '',
        'Use pg_dump and pg_restore of the same or a newer major version than the server.',
      ],
    };
  }
  const file = path.resolve(options.out ?? path.join(options.backupsDir, `lodestar-${stamp}.db`));
  if (fs.existsSync(file)) throw new Error(`${file} already exists; choose another file with --out`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await database.backupTo(file);
  return { kind: 'file', file, bytes: fs.statSync(file).size };
}
