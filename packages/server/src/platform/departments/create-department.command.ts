import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { invalidFields } from '../../errors.ts';
import { type AuditActor, diffChanges, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import './department.messages.ts';
import {
  findDepartmentRow,
  insertDepartment,
  nextSortOrder,
  updateDepartmentColumns,
  userExists,
} from './department.repository.ts';
import type { CreateDepartmentInput } from './department.schemas.ts';
import { departmentSnapshot } from './department-snapshot.ts';

export interface CreateDepartmentProps {
  actor: AuditActor;
  input: CreateDepartmentInput;
}

/**
 * Creates a department under `parentId` (or at the top level) with its materialised path
 * (`<parent path><id>/`). Parent and head user must exist (422 otherwise). The row, an audit entry and a
 * `department.created` event commit together. Returns the new id.
 */
export async function createDepartment(
  database: Database,
  { actor, input }: CreateDepartmentProps,
): Promise<number> {
  return database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const parentId = input.parentId ?? null;
    const headUserId = input.headUserId ?? null;
    const parent = parentId === null ? null : await findDepartmentRow(trx, parentId);
    const problems: Array<{ field: string; code: string }> = [];
    if (parentId !== null && !parent)
      problems.push({ field: 'parentId', code: 'department.parent_not_found' });
    if (headUserId !== null && !(await userExists(trx, headUserId))) {
      problems.push({ field: 'headUserId', code: 'department.head_not_found' });
    }
    if (problems.length) throw invalidFields(problems);

    const now = new Date().toISOString();
    const values = {
      name: input.name,
      parent_id: parentId,
      sort_order: input.sortOrder ?? (await nextSortOrder(trx, parentId)),
      head_user_id: headUserId,
      created_at: now,
      updated_at: now,
    };
    const id = await insertDepartment(trx, values);
    const path = `${parent?.path ?? '/'}${id}/`;
    await updateDepartmentColumns(trx, id, { path });
    const snapshot = departmentSnapshot({ ...values, path });
    await recordAudit(trx, actor, {
      action: 'create',
      entityType: 'department',
      entityId: id,
      changes: diffChanges(null, snapshot),
    });
    await emitEvent(trx, {
      type: 'department.created',
      aggregateType: 'department',
      aggregateId: id,
      payload: { id, ...snapshot },
      actorUserId: actor.userId,
    });
    return id;
  });
}
