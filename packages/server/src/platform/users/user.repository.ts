import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB, UserTable } from '../../db/schema.ts';
import { announceViewerChange } from '../auth/viewer-version.ts';

/** Queries on users and their role assignments. Scope predicates come from the caller. */

export interface UserViewRow {
  id: number;
  username: string;
  name: string;
  email: string | null;
  phone: string | null;
  department_id: number | null;
  department_name: string | null;
  manager_id: number | null;
  manager_name: string | null;
  status: string;
  locale: string;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface RoleRef {
  id: number;
  key: string | null;
  name: string;
}

/** Columns the `q` search may look in. */
export type UserSearchColumn = 'username' | 'name' | 'email' | 'phone';

export interface UserListCriteria {
  /** Data-scope predicate on `users.id`; null for no restriction. */
  scope: Expression<SqlBool> | null;
  q?: string | undefined;
  searchColumns: UserSearchColumn[];
  departmentId?: number | undefined;
  includeSubDepartments?: boolean | undefined;
  status?: string | undefined;
  roleId?: number | undefined;
  /** Keyset: only users with a greater id. */
  afterId?: number | undefined;
  limit: number;
}

function selectUserViews(db: Kysely<DB>) {
  return db
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .leftJoin('users as managers', 'managers.id', 'users.manager_id')
    .select([
      'users.id',
      'users.username',
      'users.name',
      'users.email',
      'users.phone',
      'users.department_id',
      'departments.name as department_name',
      'users.manager_id',
      'managers.name as manager_name',
      'users.status',
      'users.locale',
      'users.last_login_at',
      'users.created_at',
      'users.updated_at',
    ]);
}

/** Escapes `%`, `_` and `\` for a LIKE pattern used with `escape '\'`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One page of users matching the criteria, ordered by id; fetches `limit + 1` rows to detect a next page. */
export async function listUserViews(db: Kysely<DB>, criteria: UserListCriteria): Promise<UserViewRow[]> {
  let query = selectUserViews(db);
  if (criteria.scope) query = query.where(criteria.scope);
  if (criteria.q) {
    const pattern = `%${escapeLike(criteria.q.toLowerCase())}%`;
    const columns = criteria.searchColumns;
    query = query.where((eb) =>
      columns.length === 0
        ? sql<SqlBool>`1 = 0`
        : eb.or(
            columns.map(
              (column) => sql<SqlBool>`lower(${sql.ref(`users.${column}`)}) like ${pattern} escape '\\'`,
            ),
          ),
    );
  }
  if (criteria.departmentId !== undefined) {
    const departmentId = criteria.departmentId;
    query = criteria.includeSubDepartments
      ? query.where(
          sql<SqlBool>`users.department_id in (select sub.id from departments sub where sub.path like (select root.path || '%' from departments root where root.id = ${departmentId}))`,
        )
      : query.where('users.department_id', '=', departmentId);
  }
  if (criteria.status) query = query.where('users.status', '=', criteria.status as UserTable['status']);
  if (criteria.roleId !== undefined) {
    const roleId = criteria.roleId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('user_roles')
          .select('user_roles.user_id')
          .whereRef('user_roles.user_id', '=', 'users.id')
          .where('user_roles.role_id', '=', roleId),
      ),
    );
  }
  if (criteria.afterId !== undefined) query = query.where('users.id', '>', criteria.afterId);
  return query
    .orderBy('users.id')
    .limit(criteria.limit + 1)
    .execute();
}

/** One user with department and manager names, if inside `scope`. */
export async function findUserView(
  db: Kysely<DB>,
  id: number,
  scope: Expression<SqlBool> | null,
): Promise<UserViewRow | undefined> {
  let query = selectUserViews(db).where('users.id', '=', id);
  if (scope) query = query.where(scope);
  return query.executeTakeFirst();
}

/** The roles of each given user, by user id. */
export async function rolesOfUsers(db: Kysely<DB>, userIds: number[]): Promise<Map<number, RoleRef[]>> {
  const result = new Map<number, RoleRef[]>();
  if (userIds.length === 0) return result;
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('roles', 'roles.id', 'user_roles.role_id')
    .select(['user_roles.user_id', 'roles.id', 'roles.key', 'roles.name'])
    .where('user_roles.user_id', 'in', userIds)
    .orderBy('roles.id')
    .execute();
  for (const row of rows) {
    const list = result.get(row.user_id) ?? [];
    list.push({ id: row.id, key: row.key, name: row.name });
    result.set(row.user_id, list);
  }
  return result;
}

/** The stored row of a user, or undefined. */
export async function findUserRow(db: Kysely<DB>, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Whether the user exists and `scope` (a predicate on `users.id`) covers them. */
export async function userMatchesScope(
  db: Kysely<DB>,
  id: number,
  scope: Expression<SqlBool> | null,
): Promise<boolean> {
  let query = db.selectFrom('users').select('users.id').where('users.id', '=', id);
  if (scope) query = query.where(scope);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Id of another user holding this username or email (both stored lower-case). */
export async function findUserIdBy(
  db: Kysely<DB>,
  column: 'username' | 'email',
  value: string,
  exceptId?: number,
): Promise<number | undefined> {
  let query = db.selectFrom('users').select('id').where(column, '=', value);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst())?.id;
}

/** The manager of a user (null when none), or undefined when the user does not exist. */
export async function findManagerId(db: Kysely<DB>, userId: number): Promise<number | null | undefined> {
  const row = await db.selectFrom('users').select('manager_id').where('id', '=', userId).executeTakeFirst();
  return row ? row.manager_id : undefined;
}

/** Materialised path of a department, or undefined when it does not exist. */
export async function findDepartmentPath(db: Kysely<DB>, departmentId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('departments')
    .select('path')
    .where('id', '=', departmentId)
    .executeTakeFirst();
  return row?.path;
}

/** The roles among `ids` that exist, with whether each is an administrator role. */
export async function findRoles(db: Kysely<DB>, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('roles').select(['id', 'is_admin']).where('id', 'in', ids).execute();
}

/** Role ids a user holds, ascending. */
export async function roleIdsOfUser(db: Kysely<DB>, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('user_roles')
    .select('role_id')
    .where('user_id', '=', userId)
    .orderBy('role_id')
    .execute();
  return rows.map((r) => r.role_id);
}

/** Whether the user holds a role with `is_admin`. */
export async function holdsAdminRole(db: Kysely<DB>, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('user_roles')
    .innerJoin('roles', 'roles.id', 'user_roles.role_id')
    .select('user_roles.user_id')
    .where('user_roles.user_id', '=', userId)
    .where('roles.is_admin', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

/** Active users other than `exceptUserId` holding a role with `is_admin`. */
export async function countOtherActiveAdmins(db: Kysely<DB>, exceptUserId: number): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('users.status', '=', 'active')
    .where('users.id', '!=', exceptUserId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('user_roles')
          .innerJoin('roles', 'roles.id', 'user_roles.role_id')
          .select('user_roles.user_id')
          .whereRef('user_roles.user_id', '=', 'users.id')
          .where('roles.is_admin', '=', true),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Takes a write lock on the administrator roles for the rest of the transaction, so two concurrent changes
 * cannot each see "another admin remains" and together remove the last one.
 */
export async function lockAdminRoles(db: Kysely<DB>): Promise<void> {
  await db
    .updateTable('roles')
    .set({ updated_at: sql<string>`updated_at` })
    .where('is_admin', '=', true)
    .execute();
}

export type NewUserValues = Omit<UserTable, 'id'>;

export interface NewUserProps {
  username: string;
  name: string;
  passwordHash: string | null;
  email?: string | null;
  phone?: string | null;
  departmentId?: number | null;
  managerId?: number | null;
  locale?: string;
}

/** Column values of a new, active user: what every way of creating a user (API, CLI, first start, demo) writes. */
export function newUserValues(props: NewUserProps): NewUserValues {
  const now = new Date().toISOString();
  return {
    username: props.username,
    email: props.email ?? null,
    name: props.name,
    phone: props.phone || null,
    department_id: props.departmentId ?? null,
    manager_id: props.managerId ?? null,
    status: 'active',
    locale: props.locale ?? 'zh-CN',
    time_zone: null,
    password_hash: props.passwordHash,
    password_changed_at: props.passwordHash ? now : null,
    last_login_at: null,
    created_at: now,
    updated_at: now,
  };
}

/** Inserts a user and returns its id. */
export async function insertUser(db: Kysely<DB>, values: NewUserValues): Promise<number> {
  const row = await db.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Writes the given columns of a user. */
export async function updateUserColumns(
  db: Kysely<DB>,
  id: number,
  values: Partial<Omit<UserTable, 'id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('users').set(values).where('id', '=', id).execute();
  await announceViewerChange(db);
}

/** Replaces the roles a user holds. */
export async function replaceUserRoles(db: Kysely<DB>, userId: number, roleIds: number[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roleIds.length) {
    await db
      .insertInto('user_roles')
      .values(roleIds.map((roleId) => ({ user_id: userId, role_id: roleId })))
      .execute();
  }
  await announceViewerChange(db);
}
