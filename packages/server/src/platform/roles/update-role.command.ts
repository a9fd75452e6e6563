import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { invalidFields } from '../../errors.ts';
import { type AuditActor, diffChanges, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import { roleNotFound } from './role.errors.ts';
import { findRoleById, isRoleNameTaken, updateRoleRow } from './role.repository.ts';

export interface UpdateRoleProps {
  db: Kysely<DB>;
  actor: AuditActor;
  id: number;
  name?: string | undefined;
  description?: string | null | undefined;
}

/**
 * Renames a role or changes its description (built-in roles included). A change is audited and announced
 * (`role.updated`); a request that changes nothing writes nothing.
 */
export async function updateRole({ db, actor, id, name, description }: UpdateRoleProps): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await findRoleById(trx, id);
    if (!before) throw roleNotFound();
    const patch: { name?: string; description?: string | null } = {};
    if (name !== undefined) patch.name = name;
    if (description !== undefined) patch.description = description;
    const changes = diffChanges({ name: before.name, description: before.description }, patch);
    if (Object.keys(changes).length === 0) return;
    if (patch.name !== undefined && (await isRoleNameTaken(trx, patch.name, id)))
      throw invalidFields([{ field: 'name', code: 'role.name_taken' }]);
    await updateRoleRow(trx, id, { ...patch, updated_at: new Date().toISOString() });
    await recordAudit(trx, actor, { action: 'update', entityType: 'role', entityId: id, changes });
    await emitEvent(trx, {
      type: 'role.updated',
      aggregateType: 'role',
      aggregateId: id,
      payload: { changes },
      actorUserId: actor.userId,
    });
  });
}
