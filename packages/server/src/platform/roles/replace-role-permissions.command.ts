import type { Kysely } from 'kysely';
import { type DB, toBool } from '../../db/schema.ts';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import { listPermissionObjects } from '../permissions/permission-catalog.ts';
import { adminRoleImmutable, roleNotFound } from './role.errors.ts';
import {
  findRoleById,
  loadRoleMatrix,
  lockRole,
  type RoleMatrix,
  replaceRoleMatrix,
  updateRoleRow,
} from './role.repository.ts';
import { assertMatrixKnown, diffRoleMatrix } from './role-matrix.ts';

export interface ReplaceRolePermissionsProps {
  db: Kysely<DB>;
  actor: AuditActor;
  id: number;
  matrix: RoleMatrix;
}

/**
 * Replaces a role's whole permission matrix (data scopes and field access) in one transaction. Objects
 * and fields must be known to the permission catalog (400 otherwise); the admin role's matrix cannot be
 * edited (409 `role.admin_immutable`). The audit entry records each changed entry as old → new and a
 * `role.updated` event carries the same diff; replacing a matrix by an identical one writes nothing.
 * Users holding the role get the new permissions on their next request.
 */
export async function replaceRolePermissions({
  db,
  actor,
  id,
  matrix,
}: ReplaceRolePermissionsProps): Promise<void> {
  const catalog = await listPermissionObjects(db);
  await db.transaction().execute(async (trx) => {
    const role = (await lockRole(trx, id)) ? await findRoleById(trx, id) : undefined;
    if (!role) throw roleNotFound();
    if (toBool(role.is_admin)) throw adminRoleImmutable();
    assertMatrixKnown(matrix, catalog);
    const before = await loadRoleMatrix(trx, id);
    const changes = diffRoleMatrix(before, matrix);
    if (Object.keys(changes).length === 0) return;
    await replaceRoleMatrix(trx, id, matrix);
    await updateRoleRow(trx, id, { updated_at: new Date().toISOString() });
    await recordAudit(trx, actor, {
      action: 'update_permissions',
      entityType: 'role',
      entityId: id,
      changes,
    });
    await emitEvent(trx, {
      type: 'role.updated',
      aggregateType: 'role',
      aggregateId: id,
      payload: { changes },
      actorUserId: actor.userId,
    });
  });
}
