import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { invalidFields, notFound } from '../../errors.ts';
import { type AuditActor, diffChanges, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import './department.messages.ts';
import {
  findDepartmentRow,
  lockDepartment,
  repathSubtree,
  updateDepartmentColumns,
  userExists,
} from './department.repository.ts';
import type { UpdateDepartmentInput } from './department.schemas.ts';
import { departmentSnapshot } from './department-snapshot.ts';

export interface UpdateDepartmentProps {
  actor: AuditActor;
  departmentId: number;
  input: UpdateDepartmentInput;
}

/**
 * Renames, reorders or moves a department. Moving (a new `parentId`) re-paths the department and its whole
 * subtree in the same transaction; moving it under itself or one of its descendants is a 422
 * `department.cycle`. The change, an audit entry and a `department.updated` event commit together; a change
 * that changes nothing writes nothing.
 */
export async function updateDepartment(
  database: Database,
  { actor, departmentId, input }: UpdateDepartmentProps,
): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const row = await findDepartmentRow(trx, departmentId);
    if (!row) throw notFound();
    const problems: Array<{ field: string; code: string }> = [];

    let path = row.path;
    const moving = input.parentId !== undefined && input.parentId !== row.parent_id;
    if (moving && input.parentId != null) {
      await lockDepartment(trx, input.parentId);
      const parent = await findDepartmentRow(trx, input.parentId);
      if (!parent) problems.push({ field: 'parentId', code: 'department.parent_not_found' });
      else if (parent.path.startsWith(row.path))
        problems.push({ field: 'parentId', code: 'department.cycle' });
      else path = `${parent.path}${departmentId}/`;
    } else if (moving) {
      path = `/${departmentId}/`;
    }
    if (input.headUserId != null && !(await userExists(trx, input.headUserId))) {
      problems.push({ field: 'headUserId', code: 'department.head_not_found' });
    }
    if (problems.length) throw invalidFields(problems);

    const before = departmentSnapshot(row);
    const after = departmentSnapshot({
      name: input.name ?? row.name,
      parent_id: input.parentId !== undefined ? input.parentId : row.parent_id,
      path,
      sort_order: input.sortOrder ?? row.sort_order,
      head_user_id: input.headUserId !== undefined ? input.headUserId : row.head_user_id,
    });
    const changes = diffChanges(before, after);
    if (Object.keys(changes).length === 0) return;

    const now = new Date().toISOString();
    if (path !== row.path) await repathSubtree(trx, row.path, path, now);
    await updateDepartmentColumns(trx, departmentId, {
      name: after.name,
      parent_id: after.parentId,
      sort_order: after.sortOrder,
      head_user_id: after.headUserId,
      updated_at: now,
    });
    await recordAudit(trx, actor, {
      action: 'update',
      entityType: 'department',
      entityId: departmentId,
      changes,
    });
    await emitEvent(trx, {
      type: 'department.updated',
      aggregateType: 'department',
      aggregateId: departmentId,
      payload: { id: departmentId, changes },
      actorUserId: actor.userId,
    });
  });
}
