import { type Kysely, sql } from 'kysely';
import type { DB, DepartmentTable } from '../../db/schema.ts';
import { announceViewerChange } from '../auth/viewer-version.ts';

/** Queries on the department tree (materialised paths: a subtree is `path LIKE '<path>%'`). */

export interface DepartmentViewRow {
  id: number;
  name: string;
  parent_id: number | null;
  path: string;
  sort_order: number;
  head_user_id: number | null;
  head_user_name: string | null;
  user_count: number;
  created_at: string;
  updated_at: string;
}

function selectDepartmentViews(db: Kysely<DB>) {
  return db
    .selectFrom('departments')
    .leftJoin('users as heads', 'heads.id', 'departments.head_user_id')
    .select((eb) => [
      'departments.id',
      'departments.name',
      'departments.parent_id',
      'departments.path',
      'departments.sort_order',
      'departments.head_user_id',
      'heads.name as head_user_name',
      eb
        .selectFrom('users')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('users.department_id', '=', 'departments.id')
        .as('user_count'),
      'departments.created_at',
      'departments.updated_at',
    ]);
}

/** Every department with its head's name and user count. */
export async function listDepartmentViews(db: Kysely<DB>): Promise<DepartmentViewRow[]> {
  const rows = await selectDepartmentViews(db).orderBy('departments.path').execute();
  return rows.map((r) => ({ ...r, user_count: Number(r.user_count ?? 0) }));
}

/** One department with its head's name and user count. */
export async function findDepartmentView(db: Kysely<DB>, id: number): Promise<DepartmentViewRow | undefined> {
  const row = await selectDepartmentViews(db).where('departments.id', '=', id).executeTakeFirst();
  return row && { ...row, user_count: Number(row.user_count ?? 0) };
}

/** The stored row of a department, or undefined. */
export async function findDepartmentRow(db: Kysely<DB>, id: number) {
  return db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Whether a user with this id exists. */
export async function userExists(db: Kysely<DB>, userId: number): Promise<boolean> {
  return (
    (await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst()) !== undefined
  );
}

/** The next sort order among the children of `parentId` (top level when null). */
export async function nextSortOrder(db: Kysely<DB>, parentId: number | null): Promise<number> {
  const row = await db
    .selectFrom('departments')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .where('parent_id', parentId === null ? 'is' : '=', parentId)
    .executeTakeFirst();
  return row?.max == null ? 0 : Number(row.max) + 1;
}

/** Inserts a department; its path depends on its id, so it is written right after with `setDepartmentPath`. */
export async function insertDepartment(
  db: Kysely<DB>,
  values: Omit<DepartmentTable, 'id' | 'path'>,
): Promise<number> {
  const row = await db
    .insertInto('departments')
    .values({ ...values, path: '' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes the given columns of a department. */
export async function updateDepartmentColumns(
  db: Kysely<DB>,
  id: number,
  values: Partial<Omit<DepartmentTable, 'id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('departments').set(values).where('id', '=', id).execute();
  await announceViewerChange(db);
}

/**
 * Rewrites the path prefix `oldPath` to `newPath` for a department and every department below it, in one
 * statement.
 */
export async function repathSubtree(
  db: Kysely<DB>,
  oldPath: string,
  newPath: string,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('departments')
    .set({
      path: sql<string>`cast(${newPath} as text) || substr(path, ${oldPath.length + 1})`,
      updated_at: updatedAt,
    })
    .where('path', 'like', `${oldPath}%`)
    .execute();
  await announceViewerChange(db);
}

/**
 * Locks a department row for the rest of the transaction (a write that changes nothing), so that a
 * concurrent move cannot slip it under the department being moved between the check and the write.
 */
export async function lockDepartment(db: Kysely<DB>, id: number): Promise<void> {
  await db
    .updateTable('departments')
    .set({ updated_at: sql<string>`updated_at` })
    .where('id', '=', id)
    .execute();
}

/** How many sub-departments and users a department holds directly. */
export async function countDepartmentContents(
  db: Kysely<DB>,
  id: number,
): Promise<{ children: number; users: number }> {
  const [children, users] = await Promise.all([
    db
      .selectFrom('departments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('department_id', '=', id)
      .executeTakeFirstOrThrow(),
  ]);
  return { children: Number(children.n), users: Number(users.n) };
}

/** Deletes a department row. */
export async function deleteDepartmentRow(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('departments').where('id', '=', id).execute();
  await announceViewerChange(db);
}
