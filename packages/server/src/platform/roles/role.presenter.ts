import { toBool } from '../../db/schema.ts';
import type { RoleMatrix, RoleRow } from './role.repository.ts';
import type { RoleDetailResponse, RoleResponse } from './role.schemas.ts';
import { fullAccessMatrix } from './role-matrix.ts';

/** A role as the API shows it in lists. */
export function presentRole(row: RoleRow): RoleResponse {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    isAdmin: toBool(row.is_admin),
    userCount: row.user_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * A role with its permission matrix. The admin role stores no rows (it grants through its flag), so its
 * effective matrix — everything on every object in `objects` — is shown instead.
 */
export function presentRoleDetail(
  row: RoleRow,
  matrix: RoleMatrix,
  objects: readonly string[],
): RoleDetailResponse {
  const effective = toBool(row.is_admin) ? fullAccessMatrix(objects) : matrix;
  return {
    ...presentRole(row),
    permissions: effective.scopes as RoleDetailResponse['permissions'],
    fields: effective.fields,
  };
}
