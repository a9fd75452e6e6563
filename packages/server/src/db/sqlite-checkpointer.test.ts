import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.ts';
import type { CheckpointReport } from './sqlite-checkpointer.ts';

describe('background checkpoints of an embedded SQLite file', () => {
  let dir: string;
  let database: Database | undefined;
  const closeOpened = async () => {
    await database?.close();
    database = undefined;
  };
  afterEach(async () => {
    await closeOpened();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const open = (background: boolean) => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-checkpoint-'));
    const file = path.join(dir, 'lodestar.db');
    database = openDatabase({ sqliteFile: file, sqliteBackgroundCheckpoints: background });
    return { database, file };
  };

  /** Writes about 2,000 pages (the writer's own checkpoint starts at 10,000): only the worker copies them. */
  const write = async (db: Database) => {
    await sql`create table filler (id integer primary key, body text)`.execute(db.db);
    for (let batch = 0; batch < 20; batch += 1)
      await db.db.transaction().execute((trx) =>
        sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < 100)
            insert into filler (body) select printf('%.4000c', 'x') from n`.execute(trx),
      );
  };

  it('copies the log into the database file on its own thread while the writer goes on', async () => {
    const { database, file } = open(true);
    const checkpointer = database.checkpointer!;
    expect(checkpointer).toBeDefined();
    const reports: CheckpointReport[] = [];
    checkpointer.onCheckpoint((report) => reports.push(report));
    await write(database);
    const caughtUp = await new Promise<CheckpointReport>((resolve, reject) => {
      const timeout = setTimeout(
        () => reject(new Error(`no full checkpoint: ${JSON.stringify(reports)}`)),
        10_000,
      );
      checkpointer.onCheckpoint((report) => {
        if (report.log >= 2000 && report.checkpointed === report.log) {
          clearTimeout(timeout);
          resolve(report);
        }
      });
    });
    expect(caughtUp.busy).toBe(0);
    // The database file holds the rows, the log's pages having been copied there.
    expect(fs.statSync(file).size).toBeGreaterThan(2000 * 4096);
    const [count] = (await sql<{ n: number }>`select count(*) as n from filler`.execute(database.db)).rows;
    expect(Number(count!.n)).toBe(2000);
    // Closing ends the thread and then the last connection, which removes the log.
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    await closeOpened();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('is off unless asked for, and never for an in-memory database', async () => {
    const { database, file } = open(false);
    expect(database.checkpointer).toBeUndefined();
    await write(database);
    // Nothing copied the log: the file is still about as small as created.
    expect(fs.statSync(file).size).toBeLessThan(2000 * 4096);
    const memory = openDatabase({ sqliteFile: ':memory:', sqliteBackgroundCheckpoints: true });
    expect(memory.checkpointer).toBeUndefined();
    await memory.close();
  });
});
