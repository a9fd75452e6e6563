// A fresh database for a benchmark that runs real server processes: a temporary data folder (SQLite) or a
// new PostgreSQL database, with a way to read it directly afterwards.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { tempDataDir } from './server-process.mjs';

/**
 * A temp data folder, and on PostgreSQL a new database in `url` (TEST_DATABASE_URL or DATABASE_URL by
 * default) dropped by `dispose()`. `env` is what the server process needs to use it (`DATABASE_URL`).
 */
export async function serverDatabase(
  dialect,
  url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL,
) {
  const dataDir = tempDataDir();
  if (dialect === 'sqlite') {
    return {
      dataDir,
      env: {},
      where: path.join(dataDir, 'lodestar.db'),
      dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  if (dialect !== 'postgres') throw new Error(`unknown dialect ${dialect}: sqlite or postgres`);
  if (!url?.startsWith('postgres')) throw new Error('postgres needs TEST_DATABASE_URL or DATABASE_URL');
  const name = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    dataDir,
    env: { DATABASE_URL: dbUrl.toString() },
    url: dbUrl.toString(),
    where: dbUrl.toString(),
    async dispose() {
      fs.rmSync(dataDir, { recursive: true, force: true });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * Plain SQL on a server database of `serverDatabase` with the driver the server uses: `rows(text)` runs one
 * statement (no parameters) and returns its rows.
 */
export function readDatabase(dialect, database) {
  if (dialect === 'sqlite') {
    const raw = new SqliteDatabase(database.where);
    raw.pragma('busy_timeout = 60000');
    return { rows: async (text) => raw.prepare(text).all(), close: async () => raw.close() };
  }
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  return { rows: async (text) => (await pool.query(text)).rows, close: async () => pool.end() };
}
