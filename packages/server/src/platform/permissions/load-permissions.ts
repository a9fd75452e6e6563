import type { Action, DataScope, FieldAccess } from '@lodestar/shared';
import { type Kysely, sql } from 'kysely';
import { type DB, toBool } from '../../db/schema.ts';
import { PermissionSet, type RoleGrants } from './permission-set.ts';

export interface RoleSummary {
  id: number;
  key: string | null;
  name: string;
  isAdmin: boolean;
}

interface GrantRow {
  role_id: number;
  kind: 'scope' | 'field';
  object: string;
  name: string;
  value: string;
}

/** Builds each role's grants from its scope and field rows (one pass, no further queries). */
function assembleGrants(roles: RoleSummary[], rows: GrantRow[]): RoleGrants[] {
  const byRole = new Map<number, RoleGrants>(
    roles.map((r) => [r.id, { isAdmin: r.isAdmin, scopes: {}, fields: {} }]),
  );
  for (const row of rows) {
    const grants = byRole.get(Number(row.role_id));
    if (!grants) continue;
    if (row.kind === 'scope') {
      grants.scopes[row.object] ??= {};
      grants.scopes[row.object]![row.name as Action] = row.value as DataScope;
    } else {
      grants.fields[row.object] ??= {};
      grants.fields[row.object]![row.name] = row.value as FieldAccess;
    }
  }
  return roles.map((r) => byRole.get(r.id)!);
}

/** Scope and field rows of the given roles, in one statement. */
async function loadGrantRows(db: Kysely<DB>, roleIds: number[]): Promise<GrantRow[]> {
  if (roleIds.length === 0) return [];
  const { rows } = await sql<GrantRow>`
    select role_id, 'scope' as kind, object, action as name, scope as value
      from role_permissions where role_id in (${sql.join(roleIds)})
    union all
    select role_id, 'field' as kind, object, field as name, access as value
      from role_field_permissions where role_id in (${sql.join(roleIds)})`.execute(db);
  return rows;
}

/** Loads the grants of the given roles. */
export async function loadRoleGrants(db: Kysely<DB>, roleIds: number[]): Promise<RoleGrants[]> {
  if (roleIds.length === 0) return [];
  const roles = await db
    .selectFrom('roles')
    .select(['id', 'key', 'name', 'is_admin'])
    .where('id', 'in', roleIds)
    .execute();
  const summaries = roles.map((r) => ({ id: r.id, key: r.key, name: r.name, isAdmin: toBool(r.is_admin) }));
  return assembleGrants(summaries, await loadGrantRows(db, roleIds));
}

/** A user's roles (ordered by id) and their effective permission set (union of the roles), in two statements. */
export async function loadUserPermissions(
  db: Kysely<DB>,
  userId: number,
): Promise<{ roles: RoleSummary[]; permissions: PermissionSet }> {
  const rows = await db
    .selectFrom('roles')
    .innerJoin('user_roles', 'user_roles.role_id', 'roles.id')
    .select(['roles.id', 'roles.key', 'roles.name', 'roles.is_admin'])
    .where('user_roles.user_id', '=', userId)
    .orderBy('roles.id')
    .execute();
  const roles = rows.map((r) => ({ id: r.id, key: r.key, name: r.name, isAdmin: toBool(r.is_admin) }));
  const grants = assembleGrants(
    roles,
    await loadGrantRows(
      db,
      roles.map((r) => r.id),
    ),
  );
  return { roles, permissions: new PermissionSet(grants) };
}

/** The effective permission set of a user (union of their roles). */
export async function loadPermissionSet(db: Kysely<DB>, userId: number): Promise<PermissionSet> {
  return (await loadUserPermissions(db, userId)).permissions;
}
