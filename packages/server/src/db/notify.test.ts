import { type KyselyPlugin, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.ts';
import { waitFor } from '../../test/support/wait-for.ts';
import type { Database } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { notifyChannel } from './notify.ts';

/** Counts the statements a Kysely instance sends, without changing them. */
function countingStatements() {
  const counter = { statements: 0 };
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      counter.statements++;
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
  return { counter, plugin };
}

describe('notifications (sqlite)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await migrateToLatest(database);
  });
  afterAll(async () => database?.dispose());

  it('notify does nothing, in a transaction or not, and nothing listens', async () => {
    expect(database.caps.notify).toBe(false);
    expect(database.listen).toBeUndefined();
    const { counter, plugin } = countingStatements();
    await notifyChannel(database.db.withPlugin(plugin), 'test_channel');
    await database.db.transaction().execute(async (trx) => {
      const counted = trx.withPlugin(plugin);
      await notifyChannel(counted, 'test_channel');
      await counted
        .insertInto('settings')
        .values({ key: 'notify.test', value: '1', updated_at: new Date().toISOString(), updated_by: null })
        .execute();
    });
    // The insert only.
    expect(counter.statements).toBe(1);
    // The transaction around it committed as usual.
    const row = await database.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'notify.test')
      .executeTakeFirst();
    expect(row).toEqual({ value: '1' });
  });
});

// LISTEN/NOTIFY exists only on PostgreSQL: this suite needs TEST_DATABASE_URL.
if (process.env.TEST_DATABASE_URL) {
  describe('notifications (postgres)', () => {
    let database: TestDatabase;
    let elsewhere: TestDatabase;
    let second: Database;
    beforeAll(async () => {
      database = await createTestDatabase('postgres');
      elsewhere = await createTestDatabase('postgres');
      second = database.reopen();
    });
    afterAll(async () => {
      await second?.close();
      await elsewhere?.dispose();
      await database?.dispose();
    });

    /** Backend ids of this schema's listener connections. */
    const listenerPids = async () => {
      const { rows } = await sql<{ pid: number }>`
        select pid from pg_stat_activity
        where application_name = 'lodestar-listener' and query like ${`%${database.location.pgSchema}%`}`.execute(
        elsewhere.db,
      );
      return rows.map((r) => r.pid);
    };

    it('delivers at commit, not on rollback, once per transaction, only within the schema', async () => {
      let heard = 0;
      const unsubscribe = await database.listen!('test_channel', () => heard++);
      try {
        const { counter, plugin } = countingStatements();
        await second.db.transaction().execute(async (trx) => {
          const counted = trx.withPlugin(plugin);
          await notifyChannel(counted, 'test_channel');
          await notifyChannel(counted, 'test_channel');
          expect(counter.statements).toBe(1);
          await new Promise((resolve) => setTimeout(resolve, 200));
          expect(heard).toBe(0);
        });
        await waitFor(() => heard > 0, { timeoutMs: 2000, what: 'the notification' });
        await expect(
          second.db.transaction().execute(async (trx) => {
            await notifyChannel(trx, 'test_channel');
            throw new Error('abort');
          }),
        ).rejects.toThrow('abort');
        // Another schema on the same database, and another channel here.
        await notifyChannel(elsewhere.db, 'test_channel');
        await notifyChannel(second.db, 'other_channel');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(heard).toBe(1);
      } finally {
        await unsubscribe();
      }
      // The last unsubscription closes the listener's connection.
      await waitFor(async () => (await listenerPids()).length === 0, { what: 'the listener to close' });
    });

    it('reconnects and listens again when its connection is killed', async () => {
      let heard = 0;
      const unsubscribe = await database.listen!('test_channel', () => heard++);
      try {
        const [pid] = await listenerPids();
        expect(pid).toBeDefined();
        await sql`select pg_terminate_backend(${pid})`.execute(elsewhere.db);
        // Once back, it tells its subscriber: a notification may have been missed meanwhile.
        await waitFor(() => heard > 0, { timeoutMs: 5000, what: 'the wake-up after reconnecting' });
        const [again] = await listenerPids();
        expect(again).toBeDefined();
        expect(again).not.toBe(pid);
        heard = 0;
        await notifyChannel(second.db, 'test_channel');
        await waitFor(() => heard > 0, { timeoutMs: 2000, what: 'a notification after reconnecting' });
      } finally {
        await unsubscribe();
      }
    });
  });
}
