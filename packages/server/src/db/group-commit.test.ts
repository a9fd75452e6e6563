import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/support/test-database.ts';
import { atTime, now } from '../platform/clock.ts';
import { groupCommitter } from './group-commit.ts';
import { migrateToLatest } from './migrate.ts';
import type { DB } from './schema.ts';

const rowsOf = async (db: Kysely<DB>) =>
  (await sql<{ label: string }>`select label from group_commit_probe order by label`.execute(db)).rows.map(
    (row) => row.label,
  );

const insert = (trx: Kysely<DB>, label: string) =>
  sql`insert into group_commit_probe (label) values (${label})`.execute(trx);

describe('group commit (sqlite)', () => {
  let database: TestDatabase;
  let groups = 0;
  let write: ReturnType<typeof groupCommitter>;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await sql`create table group_commit_probe (label text not null unique)`.execute(database.db);
    write = groupCommitter(database.db, async () => {
      groups += 1;
    });
  });
  afterAll(async () => database?.dispose());

  it('commits concurrent writes together; a failing one rolls back alone and the others commit', async () => {
    groups = 0;
    const settled = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        write(async (trx) => {
          await insert(trx, `w${String(i).padStart(2, '0')}`);
          // Half-done work of a failing write must vanish with it.
          if (i === 7) {
            await insert(trx, 'partial');
            throw new Error('refused');
          }
          return i;
        }),
      ),
    );
    expect(settled.filter((s) => s.status === 'rejected')).toHaveLength(1);
    expect(settled[7]).toMatchObject({ status: 'rejected', reason: new Error('refused') });
    expect(settled[3]).toEqual({ status: 'fulfilled', value: 3 });
    const rows = await rowsOf(database.db);
    expect(rows).toHaveLength(19);
    expect(rows).not.toContain('partial');
    expect(rows).not.toContain('w07');
    expect(groups).toBe(1);
  });

  it('acknowledges a write only once its group has committed', async () => {
    let firstAcknowledged = false;
    const first = write((trx) => insert(trx, 'ack-1')).then(() => {
      firstAcknowledged = true;
    });
    const sawFirstAcknowledged = write(async (trx) => {
      await insert(trx, 'ack-2');
      return firstAcknowledged;
    });
    await first;
    expect(await sawFirstAcknowledged).toBe(false);
    expect(await rowsOf(database.db)).toEqual(expect.arrayContaining(['ack-1', 'ack-2']));
  });

  it("runs each write in its writer's async context", async () => {
    const times = await Promise.all(
      [1, 2, 3].map((day) =>
        atTime(new Date(Date.UTC(2026, 0, day)), () => write(async () => now().toISOString().slice(0, 10))),
      ),
    );
    expect(times).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });

  it('fails every write of a group whose commit fails, keeping none of them', async () => {
    const failing = groupCommitter(database.db, async (trx) => {
      // A deferred constraint broken by the group makes its commit fail.
      await sql`pragma defer_foreign_keys = on`.execute(trx);
      await sql`create table if not exists group_commit_parent (id integer primary key)`.execute(trx);
      await sql`create table if not exists group_commit_child (parent integer references group_commit_parent (id) deferrable initially deferred)`.execute(
        trx,
      );
      await sql`insert into group_commit_child (parent) values (42)`.execute(trx);
    });
    const settled = await Promise.allSettled([
      failing((trx) => insert(trx, 'lost-1')),
      failing((trx) => insert(trx, 'lost-2')),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    expect(await rowsOf(database.db)).not.toContain('lost-1');
  });
});

for (const dialect of DIALECTS) {
  describe(`Database.transactWrite (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database);
      await sql`create table group_commit_probe (label text not null unique)`.execute(database.db);
    });
    afterAll(async () => database?.dispose());

    it('commits each successful write and none of a failed one, whatever the dialect groups', async () => {
      const settled = await Promise.allSettled(
        ['a', 'b', 'a', 'c'].map((label) => database.transactWrite((trx) => insert(trx, label))),
      );
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect(await rowsOf(database.db)).toEqual(['a', 'b', 'c']);
    });
  });
}
