import type { Kysely } from 'kysely';
import { type DB, toBool } from '../../db/schema.ts';
import { invalidFields } from '../../errors.ts';
import { type AuditActor, diffChanges, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import { listPermissionObjects } from '../permissions/permission-catalog.ts';
import {
  findRoleById,
  insertRole,
  isRoleNameTaken,
  loadRoleMatrix,
  type RoleMatrix,
  replaceRoleMatrix,
} from './role.repository.ts';
import { fullAccessMatrix } from './role-matrix.ts';

export interface CreateRoleProps {
  db: Kysely<DB>;
  actor: AuditActor;
  name: string;
  description?: string | null | undefined;
  /** Start from a copy of this role's matrix (the admin role copies as every grant written out). */
  copyFromRoleId?: number | undefined;
}

/**
 * Creates a custom role, empty or as a copy of another role's permissions. The new role is never an admin
 * role: copying the admin role writes its grants out explicitly, so they can then be narrowed.
 * Audited and announced (`role.created`) in the same transaction. Returns the new role's id.
 */
export async function createRole({
  db,
  actor,
  name,
  description = null,
  copyFromRoleId,
}: CreateRoleProps): Promise<number> {
  let matrix: RoleMatrix = { scopes: {}, fields: {} };
  if (copyFromRoleId !== undefined) {
    const source = await findRoleById(db, copyFromRoleId);
    if (!source) throw invalidFields([{ field: 'copyFromRoleId', code: 'role.copy_source_missing' }]);
    matrix = toBool(source.is_admin)
      ? fullAccessMatrix((await listPermissionObjects(db)).map((o) => o.name))
      : await loadRoleMatrix(db, copyFromRoleId);
  }
  return db.transaction().execute(async (trx) => {
    if (await isRoleNameTaken(trx, name)) throw invalidFields([{ field: 'name', code: 'role.name_taken' }]);
    const id = await insertRole(trx, { name, description, now: new Date().toISOString() });
    await replaceRoleMatrix(trx, id, matrix);
    const created = { name, description, ...(copyFromRoleId !== undefined ? { copyFromRoleId } : {}) };
    await recordAudit(trx, actor, {
      action: 'create',
      entityType: 'role',
      entityId: id,
      changes: diffChanges(null, created),
    });
    await emitEvent(trx, {
      type: 'role.created',
      aggregateType: 'role',
      aggregateId: id,
      payload: created,
      actorUserId: actor.userId,
    });
    return id;
  });
}
