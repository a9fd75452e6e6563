import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, type DialectName, openDatabase } from '../../src/db/database.ts';

/** The dialects every database test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DIALECTS: DialectName[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase extends Database {
  /** Connection options to open the same database again (another "process"). */
  reopen(): Database;
  /** For SQLite: the file; for PostgreSQL: the URL and schema. */
  location: { sqliteFile?: string; url?: string; pgSchema?: string };
  /** Closes and removes the database. */
  dispose(): Promise<void>;
}

/** A fresh, empty database: a temp SQLite file, or a new schema in the TEST_DATABASE_URL database. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-test-'));
    const sqliteFile = path.join(dir, 'test.db');
    const database = openDatabase({ sqliteFile });
    return {
      ...database,
      location: { sqliteFile },
      reopen: () => openDatabase({ sqliteFile }),
      async dispose() {
        await database.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const pgSchema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${pgSchema}`);
  await admin.end();
  const database = openDatabase({ url, pgSchema, poolSize: 5 });
  return {
    ...database,
    location: { url, pgSchema },
    reopen: () => openDatabase({ url, pgSchema, poolSize: 5 }),
    async dispose() {
      await database.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${pgSchema} cascade`);
      await client.end();
    },
  };
}
