import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/test-database.ts';
import type { Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { AppError } from '../../errors.ts';
import { type NextAutoNumberProps, nextAutoNumber } from './next-auto-number.ts';
import { takeAutoNumbersInProcesses } from './spawn-auto-number-processes.ts';

const CONTRACT = { scope: 'contract.number', pattern: 'HT-{YYYY}-{0000}' };
const IN_2026 = new Date('2026-06-15T08:00:00Z');

/** Takes one number in a transaction of its own, as a record insert would. */
const take = (database: Database, props: NextAutoNumberProps) =>
  database.db.transaction().execute((trx) => nextAutoNumber(trx, database.caps, props));

/** Like `take`, but keeps the transaction open a moment after, as a record insert would: callers contend. */
const takeAndHold = (database: Database, props: NextAutoNumberProps) =>
  database.db.transaction().execute(async (trx) => {
    const number = await nextAutoNumber(trx, database.caps, props);
    await new Promise((resolve) => setTimeout(resolve, 2));
    return number;
  });

for (const dialect of DIALECTS) {
  describe(`nextAutoNumber (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database);
    });
    afterAll(async () => database?.dispose());

    const counterOf = async (key: string) =>
      (await database.db.selectFrom('sequences').select('value').where('key', '=', key).executeTakeFirst())
        ?.value;

    it('counts up per scope and pattern, and starts over in a new year', async () => {
      expect(await take(database, { ...CONTRACT, now: IN_2026 })).toBe('HT-2026-0001');
      expect(await take(database, { ...CONTRACT, now: IN_2026 })).toBe('HT-2026-0002');
      expect(await take(database, { scope: 'quote.number', pattern: CONTRACT.pattern, now: IN_2026 })).toBe(
        'HT-2026-0001',
      );
      // 2026-12-31T16:30Z is already 2027-01-01 in Shanghai, still 2026 in UTC.
      const newYearEve = new Date('2026-12-31T16:30:00Z');
      expect(await take(database, { ...CONTRACT, now: newYearEve })).toBe('HT-2027-0001');
      expect(await take(database, { ...CONTRACT, now: newYearEve, timeZone: 'UTC' })).toBe('HT-2026-0003');
      expect(await take(database, { ...CONTRACT, now: IN_2026 })).toBe('HT-2026-0004');
      expect(await counterOf('contract.number:HT-2026-')).toBe(4);
      expect(await counterOf('contract.number:HT-2027-')).toBe(1);
    });

    it('formats every date placeholder and keeps all digits past the width', async () => {
      const props = {
        scope: 'ticket.code',
        pattern: 'T{YY}{MM}{DD}-{0}',
        now: new Date('2026-02-28T20:00:00Z'),
      };
      const numbers: string[] = [];
      for (let i = 0; i < 11; i += 1) numbers.push(await take(database, props));
      expect(numbers[0]).toBe('T260301-1');
      expect(numbers.slice(-2)).toEqual(['T260301-10', 'T260301-11']);
    });

    it('gives a number back when the transaction rolls back', async () => {
      const props = { scope: 'rollback.test', pattern: 'R-{000}', now: IN_2026 };
      expect(await take(database, props)).toBe('R-001');
      const failed = database.db.transaction().execute(async (trx) => {
        expect(await nextAutoNumber(trx, database.caps, props)).toBe('R-002');
        throw new Error('the record insert failed');
      });
      await expect(failed).rejects.toThrow('the record insert failed');
      expect(await take(database, props)).toBe('R-002');
      expect(await counterOf('rollback.test:R-')).toBe(2);
    });

    it('refuses an invalid pattern with its problem code and takes no number', async () => {
      const attempt = take(database, { scope: 'bad.pattern', pattern: 'HT-{YYYY}', now: IN_2026 });
      await expect(attempt).rejects.toBeInstanceOf(AppError);
      await expect(attempt).rejects.toMatchObject({ status: 400, code: 'autoNumber.missing_counter' });
      const rows = await database.db
        .selectFrom('sequences')
        .select('key')
        .where('key', 'like', 'bad.pattern%')
        .execute();
      expect(rows).toEqual([]);
    });

    it('hands out 1..50 without gaps or duplicates to 50 concurrent transactions', async () => {
      const props = { scope: 'concurrent.test', pattern: 'C-{0000}', now: IN_2026 };
      let numbers: string[];
      if (database.caps.concurrentWriters) {
        // Two pools of several connections each, as two server instances.
        const other = database.reopen();
        try {
          numbers = await Promise.all(
            Array.from({ length: 50 }, (_, i) => takeAndHold(i % 2 === 0 ? database : other, props)),
          );
        } finally {
          await other.close();
        }
      } else {
        // One writer at a time: two real processes on the same file, each waiting for the other's lock.
        numbers = await takeAutoNumbersInProcesses({
          location: database.location,
          processes: 2,
          count: 25,
          props: { ...props, now: IN_2026.toISOString() },
        });
      }
      const expected = Array.from({ length: 50 }, (_, i) => `C-${String(i + 1).padStart(4, '0')}`);
      expect([...numbers].sort()).toEqual(expected);
      expect(await counterOf('concurrent.test:C-')).toBe(50);
    }, 30_000);
  });
}
