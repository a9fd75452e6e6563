import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { conflict, notFound } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import './department.messages.ts';
import { countDepartmentContents, deleteDepartmentRow, findDepartmentRow } from './department.repository.ts';
import { departmentSnapshot } from './department-snapshot.ts';

export interface DeleteDepartmentProps {
  actor: AuditActor;
  departmentId: number;
}

/**
 * Deletes an empty department. One that still has sub-departments or users is refused with a 409
 * `department.not_empty` (move them first), so no user is ever left pointing at a deleted department.
 * The deletion, an audit entry (old values) and a `department.deleted` event commit together.
 */
export async function deleteDepartment(
  database: Database,
  { actor, departmentId }: DeleteDepartmentProps,
): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const row = await findDepartmentRow(trx, departmentId);
    if (!row) throw notFound();
    const contents = await countDepartmentContents(trx, departmentId);
    if (contents.children > 0 || contents.users > 0) throw conflict('department.not_empty', contents);
    await deleteDepartmentRow(trx, departmentId);
    const before = departmentSnapshot(row);
    await recordAudit(trx, actor, {
      action: 'delete',
      entityType: 'department',
      entityId: departmentId,
      changes: Object.fromEntries(
        Object.entries(before).map(([field, value]): [string, [unknown, unknown]] => [field, [value, null]]),
      ),
    });
    await emitEvent(trx, {
      type: 'department.deleted',
      aggregateType: 'department',
      aggregateId: departmentId,
      payload: { id: departmentId, ...before },
      actorUserId: actor.userId,
    });
  });
}
