import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import { builtInRole, roleInUse, roleNotFound } from './role.errors.ts';
import { countRoleHolders, deleteRoleRow, findRoleById, loadRoleMatrix } from './role.repository.ts';

export interface DeleteRoleProps {
  db: Kysely<DB>;
  actor: AuditActor;
  id: number;
}

/**
 * Deletes a custom role that no user holds (409 `role.built_in` for built-in roles, `role.in_use` while
 * users hold it, so nobody loses permissions silently). Audited with the role's last name and matrix, and
 * announced as `role.deleted`.
 */
export async function deleteRole({ db, actor, id }: DeleteRoleProps): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const role = await findRoleById(trx, id);
    if (!role) throw roleNotFound();
    if (role.key !== null) throw builtInRole();
    const holders = await countRoleHolders(trx, id);
    if (holders > 0) throw roleInUse(holders);
    const matrix = await loadRoleMatrix(trx, id);
    await deleteRoleRow(trx, id);
    await recordAudit(trx, actor, {
      action: 'delete',
      entityType: 'role',
      entityId: id,
      changes: {
        name: [role.name, null],
        description: [role.description, null],
        permissions: [matrix.scopes, null],
        fields: [matrix.fields, null],
      },
    });
    await emitEvent(trx, {
      type: 'role.deleted',
      aggregateType: 'role',
      aggregateId: id,
      payload: { name: role.name },
      actorUserId: actor.userId,
    });
  });
}
