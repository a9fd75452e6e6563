import type { Action, DataScope } from '@lodestar/shared';
import { type Expression, type SqlBool, sql } from 'kysely';
import { forbidden } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';

/**
 * Data scope as SQL: the one place where "own / department / department and below / all" becomes a
 * predicate. Every list, search, export and report query of an object passes through `scopePredicate`, so a
 * viewer can never see a row outside their scope by any path, and a rep's query is as fast as an admin's.
 */

/** The predicate restricting `ownerColumn` (a column holding a user id) to the viewer's scope; null for `all`. */
export function scopePredicate(
  viewer: Viewer,
  scope: DataScope,
  ownerColumn: string,
): Expression<SqlBool> | null {
  const owner = sql.ref(ownerColumn);
  switch (scope) {
    case 'all':
      return null;
    case 'own':
      return sql<SqlBool>`${owner} = ${viewer.userId}`;
    case 'department':
      if (viewer.departmentId == null) return sql<SqlBool>`${owner} = ${viewer.userId}`;
      return sql<SqlBool>`(${owner} = ${viewer.userId} or ${owner} in (select scope_u.id from users scope_u where scope_u.department_id = ${viewer.departmentId}))`;
    case 'departmentAndBelow':
      if (viewer.departmentPath == null) return sql<SqlBool>`${owner} = ${viewer.userId}`;
      return sql<SqlBool>`(${owner} = ${viewer.userId} or ${owner} in (select scope_u.id from users scope_u inner join departments scope_d on scope_d.id = scope_u.department_id where scope_d.path like ${`${viewer.departmentPath}%`}))`;
  }
}

/**
 * The predicate for the viewer's scope on (object, action), or a 403 when the action is not granted.
 * `null` means no restriction (scope `all`).
 * @example
 * const where = viewerScope(viewer, 'user', 'read', 'users.id');
 * let q = db.selectFrom('users').selectAll();
 * if (where) q = q.where(where);
 */
export function viewerScope(
  viewer: Viewer,
  object: string,
  action: Action,
  ownerColumn: string,
): Expression<SqlBool> | null {
  const scope = viewer.permissions.scope(object, action);
  if (!scope) throw forbidden();
  return scopePredicate(viewer, scope, ownerColumn);
}

/** The owner of one record, as needed to decide in memory whether a scope covers it. */
export interface RecordOwner {
  userId: number | null;
  departmentId: number | null;
  departmentPath: string | null;
}

/** In-memory twin of `scopePredicate` for a single, already loaded record (same rules). */
export function scopeCovers(viewer: Viewer, scope: DataScope, owner: RecordOwner): boolean {
  if (scope === 'all') return true;
  if (owner.userId === viewer.userId) return true;
  if (scope === 'own') return false;
  if (scope === 'department')
    return viewer.departmentId != null && owner.departmentId === viewer.departmentId;
  if (viewer.departmentPath == null || owner.departmentPath == null) return false;
  return owner.departmentPath.startsWith(viewer.departmentPath);
}
