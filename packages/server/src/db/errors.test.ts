import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/support/test-database.ts';
import { classifyDatabaseConflict } from './errors.ts';
import { migrateToLatest } from './migrate.ts';

for (const dialect of DIALECTS) {
  describe(`database conflicts (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database);
    });
    afterAll(async () => database?.dispose());

    it('classifies a unique violation from the real driver', async () => {
      const now = new Date().toISOString();
      const row = {
        key: 'k',
        name: 'A',
        description: null,
        is_admin: false,
        created_at: now,
        updated_at: now,
      };
      await database.db.insertInto('roles').values(row).execute();
      const error = await database.db
        .insertInto('roles')
        .values(row)
        .execute()
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(classifyDatabaseConflict(error)).toBe('unique');
    });

    it('leaves other errors alone', async () => {
      const error = await database.db
        .selectFrom('no_such_table' as 'roles')
        .selectAll()
        .execute()
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).not.toBeNull();
      expect(classifyDatabaseConflict(error)).toBeNull();
    });
  });
}
