import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/support/test-database.ts';
import { takeTransactionLocks, tryTransactionLock, withRunLock } from './locking.ts';
import { migrateToLatest } from './migrate.ts';

for (const dialect of DIALECTS) {
  describe(`transaction locks (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database);
    });
    afterAll(async () => database?.dispose());

    it('holds a run lock across transactions: another run of the same name is refused until it ends', async () => {
      const { caps } = database;
      const other = caps.concurrentWriters ? database.reopen() : database;
      try {
        const inner: Array<string | null> = [];
        const outer = await withRunLock(database.db, caps, 'test:run', async () => {
          await database.db.transaction().execute(async () => undefined);
          inner.push(await withRunLock(other.db, caps, 'test:run', async () => 'second'));
          inner.push(await withRunLock(other.db, caps, 'test:other-run', async () => 'unrelated'));
          return 'first';
        });
        expect(outer).toBe('first');
        expect(inner).toEqual([null, 'unrelated']);
        expect(await withRunLock(other.db, caps, 'test:run', async () => 'again')).toBe('again');
        // A run that fails lets go of its lock too.
        await expect(
          withRunLock(database.db, caps, 'test:run', async () => {
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await withRunLock(other.db, caps, 'test:run', async () => 'after failure')).toBe(
          'after failure',
        );
      } finally {
        if (other !== database) await other.close();
      }
    });

    it('grants a named lock to one transaction at a time and releases it at commit', async () => {
      const { caps } = database;
      const other = caps.concurrentWriters ? database.reopen() : null;
      try {
        await database.db.transaction().execute(async (trx) => {
          expect(await tryTransactionLock(trx, caps, 'test:lock')).toBe(true);
          if (other) {
            // Another connection, while the first transaction holds it: refused without waiting.
            const second = await other.db
              .transaction()
              .execute((t) => tryTransactionLock(t, caps, 'test:lock'));
            expect(second).toBe(false);
            const unrelated = await other.db
              .transaction()
              .execute((t) => tryTransactionLock(t, caps, 'test:other'));
            expect(unrelated).toBe(true);
          }
        });
        const after = await (other ?? database).db
          .transaction()
          .execute((t) => tryTransactionLock(t, caps, 'test:lock'));
        expect(after).toBe(true);
      } finally {
        await other?.close();
      }
    });

    it('makes transactions taking the same locks wait for each other, in any order of the names', async () => {
      const { caps } = database;
      const order: string[] = [];
      const run = (name: string, locks: string[]) =>
        database.db.transaction().execute(async (trx) => {
          await takeTransactionLocks(trx, caps, locks);
          order.push(`${name}:start`);
          await new Promise((resolve) => setTimeout(resolve, 50));
          order.push(`${name}:end`);
        });
      await Promise.all([run('a', ['k:1', 'k:2']), run('b', ['k:2', 'k:1', 'k:2'])]);
      // One ran entirely before the other.
      expect([order.slice(0, 2), order.slice(2)].map((pair) => pair[0]!.split(':')[0])).toEqual(
        expect.arrayContaining(['a', 'b']),
      );
      expect(order[0]!.split(':')[0]).toBe(order[1]!.split(':')[0]);
    });
  });
}
