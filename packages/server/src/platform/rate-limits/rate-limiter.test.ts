import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/test-database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { FixedWindowLimiter } from './fixed-window-limiter.ts';
import { rateLimiterFor } from './rate-limiter.ts';
import { SharedWindowLimiter } from './shared-window-limiter.ts';

describe('fixed-window rate limiter', () => {
  it('allows `limit` hits per key and window, then says how long to wait', () => {
    const limiter = new FixedWindowLimiter(2, 60_000);
    expect(limiter.hit('a', 0)).toEqual({ allowed: true });
    expect(limiter.hit('a', 1_000)).toEqual({ allowed: true });
    expect(limiter.hit('a', 1_500)).toEqual({ allowed: false, retryAfterSeconds: 59 });
    expect(limiter.hit('b', 1_500)).toEqual({ allowed: true });
    expect(limiter.hit('a', 60_000)).toEqual({ allowed: true });
  });

  it('is off with a limit of 0 and keeps a bounded number of keys', () => {
    const off = new FixedWindowLimiter(0, 1_000);
    for (let i = 0; i < 10; i += 1) expect(off.hit('x', 0).allowed).toBe(true);
    const small = new FixedWindowLimiter(1, 60_000, 3);
    for (const key of ['a', 'b', 'c', 'd']) small.hit(key, 0);
    // 'a' was dropped to make room, so it starts a new window.
    expect(small.hit('a', 10).allowed).toBe(true);
    expect(small.hit('d', 10).allowed).toBe(false);
  });
});

for (const dialect of DIALECTS) {
  describe(`rate limiter of a database (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database);
    });
    afterAll(async () => {
      await database?.close();
    });

    it('is shared by the instances on PostgreSQL and kept in memory on SQLite (one process)', () => {
      const limiter = rateLimiterFor(database, 'test', 5, 60_000);
      expect(limiter).toBeInstanceOf(dialect === 'postgres' ? SharedWindowLimiter : FixedWindowLimiter);
      expect(rateLimiterFor(database, 'test', 0, 60_000)).toBeInstanceOf(FixedWindowLimiter);
    });

    if (dialect !== 'postgres') return;
    it('counts the hits of two instances against one limit, per scope and key, window by window', async () => {
      const other = database.reopen();
      try {
        const a = new SharedWindowLimiter(database.db, 'ip', 3, 60_000);
        const b = new SharedWindowLimiter(other.db, 'ip', 3, 60_000);
        const at = 1_000_000;
        // Concurrent hits from both instances: exactly three get through.
        const answers = await Promise.all(
          Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).hit('203.0.113.7', at + i)),
        );
        expect(answers.filter((answer) => answer.allowed)).toHaveLength(3);
        expect(await a.hit('203.0.113.7', at + 1_500)).toEqual({ allowed: false, retryAfterSeconds: 59 });
        // Another key, and the same key in another scope, have windows of their own.
        expect(await b.hit('198.51.100.1', at)).toEqual({ allowed: true });
        expect(await new SharedWindowLimiter(other.db, 'form', 3, 60_000).hit('203.0.113.7', at)).toEqual({
          allowed: true,
        });
        // When the window (begun by the first of those hits) ends, a new one starts.
        expect(await b.hit('203.0.113.7', at + 60_010)).toEqual({ allowed: true });
      } finally {
        await other.close();
      }
    });
  });
}
