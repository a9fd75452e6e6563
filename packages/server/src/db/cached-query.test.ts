import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/support/test-database.ts';
import { cachedQuery } from './cached-query.ts';

for (const dialect of DIALECTS) {
  describe(`cachedQuery (${dialect})`, () => {
    let database: TestDatabase;
    const put = (key: string, value: string) =>
      database.db
        .insertInto('settings')
        .values({ key, value, updated_at: '2025-01-01T00:00:00.000Z', updated_by: null })
        .execute();

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await database.db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text')
        .addColumn('updated_at', 'text')
        .addColumn('updated_by', 'integer')
        .execute();
      await put('a', 'alpha');
      await put('b', 'beta');
      await put('c', 'alpha');
    });
    afterAll(async () => database?.dispose());

    const byKeyOrValue = (key: string, value: string) =>
      cachedQuery(database.db, `test.byKeyOrValue:${dialect}`, [value, key], ([v, k]) =>
        database.db
          .selectFrom('settings')
          .select('key')
          // Bound in another order than given: the key first.
          .where((eb) => eb.or([eb('key', '=', k), eb('value', '=', v)]))
          .orderBy('key'),
      );

    it('binds each call’s values to the statement compiled once, in the statement’s order', async () => {
      expect(await byKeyOrValue('b', 'nothing')).toEqual([{ key: 'b' }]);
      expect(await byKeyOrValue('zzz', 'alpha')).toEqual([{ key: 'a' }, { key: 'c' }]);
      // The same value twice is no problem either.
      expect(await byKeyOrValue('alpha', 'alpha')).toEqual([{ key: 'a' }, { key: 'c' }]);
    });

    it('builds every time a statement that binds more than the given values, with the right results', async () => {
      const firstOf = (value: string, limit: number) =>
        cachedQuery(database.db, `test.firstOf:${dialect}`, [value], ([v]) =>
          database.db.selectFrom('settings').select('key').where('value', '=', v).orderBy('key').limit(limit),
        );
      expect(await firstOf('alpha', 1)).toEqual([{ key: 'a' }]);
      expect(await firstOf('alpha', 2)).toEqual([{ key: 'a' }, { key: 'c' }]);
    });

    it('runs writes with RETURNING', async () => {
      const rename = (key: string, value: string) =>
        cachedQuery(database.db, `test.rename:${dialect}`, [value, key], ([v, k]) =>
          database.db.updateTable('settings').set({ value: v }).where('key', '=', k).returning('key'),
        );
      expect(await rename('b', 'gamma')).toEqual([{ key: 'b' }]);
      expect(await rename('nope', 'gamma')).toEqual([]);
      expect(await byKeyOrValue('-', 'gamma')).toEqual([{ key: 'b' }]);
    });
  });
}
