import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, redactUrl } from '../config.ts';
import { backupDatabase } from '../db/backup.ts';
import type { Command } from './commands.ts';
import { formatBytes } from './format-bytes.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Back up the database (online SQLite copy; pg_dump guidance on PostgreSQL)',
  help: `Usage: lodestar backup [--out FILE]

Embedded SQLite: writes a consistent copy of the database while the server keeps running, to
<LODESTAR_DATA_DIR>/backups/lodestar-<timestamp>.db (or FILE), and copies the uploaded files folder
<LODESTAR_DATA_DIR>/files next to it (<name>-files/) when it exists. Prints the path and size.

PostgreSQL (DATABASE_URL set): prints the pg_dump and pg_restore commands to use; nothing is written.

Restore a SQLite backup: stop Lodestar, copy the backup over <LODESTAR_DATA_DIR>/lodestar.db (delete
lodestar.db-wal and lodestar.db-shm), copy the files folder back to <LODESTAR_DATA_DIR>/files, start.`,
  async run(args) {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
    const config = loadConfig();
    const database = openConfiguredDatabase(config);
    try {
      const result = await backupDatabase(database, {
        out: values.out,
        backupsDir: path.join(config.dataDir, 'backups'),
        redactedUrl: redactUrl(config.databaseUrl),
      });
      if (result.kind === 'instructions') {
        console.log(result.lines.join('\n'));
        console.log(`\nAlso copy the uploaded files folder: ${path.join(config.dataDir, 'files')}`);
        return 0;
      }
      console.log(`Database backup: ${result.file}\nSize: ${formatBytes(result.bytes)}`);
      const filesDir = path.join(config.dataDir, 'files');
      if (fs.existsSync(filesDir)) {
        const target = `${result.file.replace(/\.db$/, '')}-files`;
        fs.cpSync(filesDir, target, { recursive: true, errorOnExist: true, force: false });
        console.log(`Uploaded files: ${target}`);
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
