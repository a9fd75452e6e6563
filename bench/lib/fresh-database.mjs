// A fresh database for an in-process benchmark: a temporary SQLite file, or a new schema in PostgreSQL.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * Opens a fresh database with the server's `openDatabase`: on PostgreSQL a new schema in TEST_DATABASE_URL
 * (or DATABASE_URL), else a SQLite file in a temporary folder named after `prefix`. `dispose()` closes it and
 * removes it unless `keep`.
 */
export async function freshDatabase(openDatabase, { dialect, keep, prefix }) {
  if (dialect === 'postgres') {
    const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
    if (!url) throw new Error('set TEST_DATABASE_URL for --dialect postgres');
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
    const database = openDatabase({ url, pgSchema: schema, poolSize: 4 });
    return {
      database,
      where: `${url} schema ${schema}`,
      async dispose() {
        await database.close();
        if (keep) return;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const sqliteFile = path.join(dir, 'bench.db');
  const database = openDatabase({ sqliteFile });
  return {
    database,
    where: sqliteFile,
    async dispose() {
      await database.close();
      if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
