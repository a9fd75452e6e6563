import { DATA_SCOPES, type DataScope } from '@lodestar/shared';
import fc from 'fast-check';
import type { Generated, Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDepartment, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/test-database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import { type RecordOwner, scopeCovers, scopePredicate, viewerScope } from './data-scope.ts';
import { PermissionSet } from './permission-set.ts';

/** A table owned by users, as every business object will be. */
interface TestOwnedTable {
  test_owned: { id: Generated<number>; owner_id: number | null };
}
type TestDb = Kysely<DB & TestOwnedTable>;

/** A user id no row of `users` has: records may point at a user that no longer exists. */
const GHOST_USER_ID = 987_654;

/** An organisation to build: departments (each under an earlier one or at the root), users, records. */
interface Org {
  /** For department i: the index of its parent (< i), or null for a root. */
  parents: Array<number | null>;
  /** For each user: the index of their department, or null. */
  userDepartments: Array<number | null>;
  /** For each record: the index of its owner, null for no owner, or 'ghost'. */
  owners: Array<number | null | 'ghost'>;
}

const orgArb: fc.Arbitrary<Org> = fc
  .integer({ min: 1, max: 7 })
  .chain((departments) =>
    fc.record({
      parents: fc.tuple(
        ...Array.from({ length: departments }, (_, i) =>
          i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: i - 1 }), { freq: 4 }),
        ),
      ),
      userDepartments: fc.array(fc.option(fc.integer({ min: 0, max: departments - 1 }), { freq: 5 }), {
        minLength: 1,
        maxLength: 8,
      }),
    }),
  )
  .chain((org) =>
    fc
      .array(
        fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: 0, max: org.userDepartments.length - 1 }) },
          { weight: 1, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constant('ghost' as const) },
        ),
        { maxLength: 15 },
      )
      .map((owners) => ({ ...org, owners })),
  );

interface BuiltOrg {
  viewers: Viewer[];
  /** Every record with its owner as the in-memory check needs it. */
  records: Array<{ id: number; owner: RecordOwner }>;
}

async function buildOrg(database: TestDatabase, org: Org, tag: string): Promise<BuiltOrg> {
  const db = database.db as unknown as TestDb;
  await db.deleteFrom('test_owned').execute();
  await db.deleteFrom('users').execute();
  await db.updateTable('departments').set({ parent_id: null }).execute();
  await db.deleteFrom('departments').execute();

  const departments: Array<{ id: number; path: string }> = [];
  for (const [i, parent] of org.parents.entries()) {
    departments.push(
      await insertDepartment(database.db, `D${i}`, parent == null ? null : departments[parent]!.id),
    );
  }
  const viewers: Viewer[] = [];
  for (const [i, dept] of org.userDepartments.entries()) {
    const department = dept == null ? null : departments[dept]!;
    const userId = await insertUser(database.db, {
      username: `${tag}.u${i}`,
      departmentId: department?.id ?? null,
    });
    viewers.push({
      userId,
      username: `${tag}.u${i}`,
      name: `U${i}`,
      email: null,
      phone: null,
      departmentName: null,
      roles: [],
      departmentId: department?.id ?? null,
      departmentPath: department?.path ?? null,
      locale: 'en',
      timeZone: null,
      permissions: new PermissionSet([]),
      apiKey: null,
      sessionId: null,
    });
  }
  const records: BuiltOrg['records'] = [];
  for (const owner of org.owners) {
    const ownerId = owner === 'ghost' ? GHOST_USER_ID : owner == null ? null : viewers[owner]!.userId;
    const { id } = await db
      .insertInto('test_owned')
      .values({ owner_id: ownerId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ownerViewer = typeof owner === 'number' ? viewers[owner]! : null;
    records.push({
      id,
      owner: {
        userId: ownerId,
        departmentId: ownerViewer?.departmentId ?? null,
        departmentPath: ownerViewer?.departmentPath ?? null,
      },
    });
  }
  return { viewers, records };
}

/** Ids of the records the SQL predicate lets the viewer see with the scope. */
async function visibleInSql(db: TestDb, viewer: Viewer, scope: DataScope): Promise<number[]> {
  let query = db.selectFrom('test_owned').select('id').orderBy('id');
  const where = scopePredicate(viewer, scope, 'test_owned.owner_id');
  if (where) query = query.where(where);
  return (await query.execute()).map((r) => r.id);
}

function visibleInMemory(built: BuiltOrg, viewer: Viewer, scope: DataScope): number[] {
  return built.records.filter((r) => scopeCovers(viewer, scope, r.owner)).map((r) => r.id);
}

for (const dialect of DIALECTS) {
  describe(`data scope: SQL predicate and in-memory check agree (${dialect})`, () => {
    let database: TestDatabase;
    let db: TestDb;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database);
      db = database.db as unknown as TestDb;
      await db.schema
        .createTable('test_owned')
        .addColumn('id', 'integer', (c) =>
          dialect === 'postgres'
            ? c.primaryKey().generatedByDefaultAsIdentity()
            : c.primaryKey().autoIncrement(),
        )
        .addColumn('owner_id', 'integer')
        .execute();
    });
    afterAll(async () => database?.dispose());

    it('scopes a concrete organisation as documented', async () => {
      // HQ > Sales > {East, West}; a rep in East, a rep in West, the Sales manager, the CEO in HQ, a loner.
      const org: Org = {
        parents: [null, 0, 1, 1],
        userDepartments: [2, 3, 1, 0, null],
        owners: [0, 1, 2, 3, 4, null, 'ghost'],
      };
      const built = await buildOrg(database, org, 'fixed');
      const [east, west, manager, ceo, loner] = built.viewers as [Viewer, Viewer, Viewer, Viewer, Viewer];
      const ids = built.records.map((r) => r.id);
      const expected: Array<[Viewer, DataScope, number[]]> = [
        [east, 'own', [ids[0]!]],
        [east, 'department', [ids[0]!]],
        [east, 'departmentAndBelow', [ids[0]!]],
        [manager, 'own', [ids[2]!]],
        [manager, 'department', [ids[2]!]],
        [manager, 'departmentAndBelow', [ids[0]!, ids[1]!, ids[2]!]],
        [ceo, 'departmentAndBelow', [ids[0]!, ids[1]!, ids[2]!, ids[3]!]],
        [loner, 'department', [ids[4]!]],
        [loner, 'departmentAndBelow', [ids[4]!]],
        [west, 'all', ids],
      ];
      for (const [viewer, scope, visible] of expected) {
        expect(await visibleInSql(db, viewer, scope), `${viewer.username} ${scope}`).toEqual(visible);
        expect(visibleInMemory(built, viewer, scope), `${viewer.username} ${scope}`).toEqual(visible);
      }
    });

    it('selects exactly the rows scopeCovers accepts, for every viewer and scope of any organisation', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(orgArb, async (org) => {
          run += 1;
          const built = await buildOrg(database, org, `p${run}`);
          for (const viewer of built.viewers) {
            for (const scope of DATA_SCOPES) {
              expect(await visibleInSql(db, viewer, scope)).toEqual(visibleInMemory(built, viewer, scope));
            }
          }
        }),
        { numRuns: 30 },
      );
    });

    it('gives a query the viewer’s scope for an action, and a 403 when the action is not granted', async () => {
      const built = await buildOrg(
        database,
        { parents: [null], userDepartments: [0, 0], owners: [0, 1] },
        'vs',
      );
      const viewer: Viewer = {
        ...built.viewers[0]!,
        permissions: new PermissionSet([
          { isAdmin: false, scopes: { lead: { read: 'own', update: 'department' } }, fields: {} },
        ]),
      };
      const run = async (action: 'read' | 'update') => {
        let query = db.selectFrom('test_owned').select('id').orderBy('id');
        const where = viewerScope(viewer, 'lead', action, 'test_owned.owner_id');
        if (where) query = query.where(where);
        return (await query.execute()).map((r) => r.id);
      };
      expect(await run('read')).toEqual([built.records[0]!.id]);
      expect(await run('update')).toEqual(built.records.map((r) => r.id));
      expect(() => viewerScope(viewer, 'lead', 'delete', 'test_owned.owner_id')).toThrow(
        expect.objectContaining({ status: 403 }),
      );
      const admin = {
        ...viewer,
        permissions: new PermissionSet([{ isAdmin: true, scopes: {}, fields: {} }]),
      };
      expect(viewerScope(admin, 'lead', 'delete', 'test_owned.owner_id')).toBeNull();
    });
  });
}
