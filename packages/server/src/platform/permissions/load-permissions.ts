import type { Action, DataScope, FieldAccess } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import { type DB, toBool } from '../../db/schema.ts';
import { PermissionSet, type RoleGrants } from './permission-set.ts';

/** Loads the grants of the given roles. */
export async function loadRoleGrants(db: Kysely<DB>, roleIds: number[]): Promise<RoleGrants[]> {
  if (roleIds.length === 0) return [];
  const [roles, scopes, fields] = await Promise.all([
    db.selectFrom('roles').select(['id', 'is_admin']).where('id', 'in', roleIds).execute(),
    db.selectFrom('role_permissions').selectAll().where('role_id', 'in', roleIds).execute(),
    db.selectFrom('role_field_permissions').selectAll().where('role_id', 'in', roleIds).execute(),
  ]);
  return roles.map((role) => {
    const grants: RoleGrants = { isAdmin: toBool(role.is_admin), scopes: {}, fields: {} };
    for (const p of scopes) {
      if (p.role_id !== role.id) continue;
      grants.scopes[p.object] ??= {};
      grants.scopes[p.object]![p.action as Action] = p.scope as DataScope;
    }
    for (const f of fields) {
      if (f.role_id !== role.id) continue;
      grants.fields[f.object] ??= {};
      grants.fields[f.object]![f.field] = f.access as FieldAccess;
    }
    return grants;
  });
}

/** The effective permission set of a user (union of their roles). */
export async function loadPermissionSet(db: Kysely<DB>, userId: number): Promise<PermissionSet> {
  const roleIds = await db.selectFrom('user_roles').select('role_id').where('user_id', '=', userId).execute();
  return new PermissionSet(
    await loadRoleGrants(
      db,
      roleIds.map((r) => r.role_id),
    ),
  );
}
