import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/support/test-database.ts';
import { mondayOfWeek, weekNumberSql } from './formula-dialect.ts';

for (const dialect of DIALECTS) {
  describe(`weekNumberSql (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(async () => database?.dispose());

    const mondayOf = async (instant: string, offsetMinutes: number) => {
      const value = dialect === 'postgres' ? sql`cast(${instant} as timestamptz)` : sql`${instant}`;
      const { rows } = await sql<{
        w: number | string;
      }>`select ${weekNumberSql(dialect, value, offsetMinutes)} as w`.execute(database.db);
      return mondayOfWeek(Number(rows[0]!.w));
    };

    it('gives the Monday of the week an instant falls in, in the time zone’s offset, exact at midnight', async () => {
      // Shanghai (+08:00): Monday 2027-03-08 00:00 local is 2027-03-07T16:00Z.
      expect(await mondayOf('2027-03-07T16:00:00.000Z', 480)).toBe('2027-03-08');
      expect(await mondayOf('2027-03-07T15:59:59.999Z', 480)).toBe('2027-03-01');
      expect(await mondayOf('2027-03-14T15:59:59.999Z', 480)).toBe('2027-03-08');
      // UTC and a zone west of it.
      expect(await mondayOf('2027-03-08T00:00:00.000Z', 0)).toBe('2027-03-08');
      expect(await mondayOf('2027-03-08T04:59:59.999Z', -300)).toBe('2027-03-01');
      expect(await mondayOf('1970-01-01T00:00:00.000Z', 0)).toBe('1969-12-29');
    });
  });
}
