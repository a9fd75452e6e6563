import type { Action } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import { type DB, toBool } from '../../db/schema.ts';
import { AppError, conflict, forbidden, invalidFields } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { scopeCovers } from '../permissions/data-scope.ts';
import {
  countOtherActiveAdmins,
  findDepartmentPath,
  findManagerId,
  findRoles,
  findUserIdBy,
  holdsAdminRole,
  lockAdminRoles,
} from './user.repository.ts';
import './user.messages.ts';

/** The parts of a user write that refer to other rows or must be unique; absent keys are not changing. */
export interface UserWriteCandidate {
  /** The user being updated; absent on create. */
  userId?: number;
  username?: string;
  email?: string | null;
  departmentId?: number | null;
  managerId?: number | null;
  roleIds?: number[];
}

export interface CheckedReferences {
  /** Path of the new department (null when none, undefined when not changing). */
  departmentPath: string | null | undefined;
  /** Ids of administrator roles among the new roles. */
  adminRoleIds: number[];
}

type FieldProblem = { field: string; code: string; params?: Record<string, unknown> };

/**
 * Checks uniqueness of username and email, that department, manager and roles exist, and that the manager
 * chain stays acyclic. Every problem found is reported at once as a 422, before anything is written.
 */
export async function assertUserWriteValid(
  db: Kysely<DB>,
  candidate: UserWriteCandidate,
): Promise<CheckedReferences> {
  const problems: FieldProblem[] = [];
  const { userId } = candidate;
  if (candidate.username !== undefined && (await findUserIdBy(db, 'username', candidate.username, userId))) {
    problems.push({ field: 'username', code: 'user.username_taken' });
  }
  if (candidate.email && (await findUserIdBy(db, 'email', candidate.email, userId))) {
    problems.push({ field: 'email', code: 'user.email_taken' });
  }
  let departmentPath: string | null | undefined;
  if (candidate.departmentId != null) {
    departmentPath = await findDepartmentPath(db, candidate.departmentId);
    if (departmentPath === undefined)
      problems.push({ field: 'departmentId', code: 'user.department_not_found' });
  } else if (candidate.departmentId === null) {
    departmentPath = null;
  }
  if (candidate.managerId != null) {
    const problem = await checkManager(db, userId, candidate.managerId);
    if (problem) problems.push({ field: 'managerId', code: problem });
  }
  let adminRoleIds: number[] = [];
  if (candidate.roleIds?.length) {
    const roles = await findRoles(db, candidate.roleIds);
    const known = new Set(roles.map((r) => r.id));
    const missing = candidate.roleIds.filter((id) => !known.has(id));
    if (missing.length) {
      problems.push({
        field: 'roleIds',
        code: 'user.role_not_found',
        params: { roleIds: missing.join(', ') },
      });
    }
    adminRoleIds = roles.filter((r) => toBool(r.is_admin)).map((r) => r.id);
  }
  if (problems.length) throw invalidFields(problems);
  return { departmentPath, adminRoleIds };
}

/** The problem code with making `managerId` the manager of `userId`, or null when it is fine. */
async function checkManager(db: Kysely<DB>, userId: number | undefined, managerId: number) {
  if (managerId === userId) return 'user.manager_self';
  let current: number | null | undefined = await findManagerId(db, managerId);
  if (current === undefined) return 'user.manager_not_found';
  if (userId === undefined) return null; // a new user has no reports yet, so no cycle is possible
  const seen = new Set<number>([managerId]);
  while (current != null && !seen.has(current)) {
    if (current === userId) return 'user.manager_cycle';
    seen.add(current);
    current = await findManagerId(db, current);
  }
  return null;
}

/**
 * A viewer whose scope on users is narrower than `all` may only place users in departments that scope
 * covers; otherwise they could move someone out of sight or into a department they do not manage.
 */
export function assertDepartmentInScope(
  viewer: Viewer | null,
  action: Action,
  departmentId: number | null,
  departmentPath: string | null,
): void {
  if (!viewer) return;
  const scope = viewer.permissions.scope('user', action);
  if (!scope) throw forbidden();
  if (!scopeCovers(viewer, scope, { userId: null, departmentId, departmentPath })) {
    throw new AppError(403, 'user.department_outside_scope', {}, [
      { field: 'departmentId', code: 'user.department_outside_scope' },
    ]);
  }
}

/** Only administrators may grant or take away an administrator role (no self-promotion). */
export function assertMayChangeAdminRoles(viewer: Viewer | null, adminRolesTouched: boolean): void {
  if (viewer && adminRolesTouched && !viewer.permissions.isAdmin) {
    throw new AppError(403, 'user.admin_role_forbidden', {}, [
      { field: 'roleIds', code: 'user.admin_role_forbidden' },
    ]);
  }
}

/**
 * Only administrators may change or reset the password of a user holding an administrator role; otherwise
 * anyone allowed to manage users could take over an administrator account.
 */
export async function assertMayManageUser(
  db: Kysely<DB>,
  viewer: Viewer | null,
  userId: number,
): Promise<void> {
  if (!viewer || viewer.permissions.isAdmin) return;
  if (await holdsAdminRole(db, userId)) throw new AppError(403, 'user.admin_target_forbidden');
}

/** Refuses (409) a change that would leave no active administrator; call inside the write transaction. */
export async function assertAnotherAdminRemains(db: Kysely<DB>, userId: number): Promise<void> {
  await lockAdminRoles(db);
  if ((await countOtherActiveAdmins(db, userId)) === 0) throw conflict('user.last_admin');
}
