import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { toBool } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, diffChanges, recordAudit } from '../audit/record-audit.ts';
import { deleteUserSessions } from '../auth/sessions.ts';
import { emitEvent } from '../events/emit-event.ts';
import { assertFieldsWritable } from '../permissions/field-access.ts';
import {
  findRoles,
  findUserRow,
  holdsAdminRole,
  replaceUserRoles,
  roleIdsOfUser,
  updateUserColumns,
} from './user.repository.ts';
import type { UpdateUserInput } from './user.schemas.ts';
import { assertUserInScope } from './user-access.ts';
import {
  assertAnotherAdminRemains,
  assertDepartmentInScope,
  assertMayChangeAdminRoles,
  assertMayManageUser,
  assertUserWriteValid,
} from './user-rules.ts';
import { userSnapshot } from './user-snapshot.ts';

export interface UpdateUserProps {
  actor: AuditActor;
  /** Whose permissions limit the operation; null for the system. */
  viewer: Viewer | null;
  userId: number;
  input: UpdateUserInput;
}

/** Input keys → the output field whose field access governs writing them. */
const FIELD_OF_INPUT: Record<keyof UpdateUserInput, string> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  departmentId: 'department',
  managerId: 'manager',
  status: 'status',
  locale: 'locale',
  roleIds: 'roles',
};

/**
 * Changes some fields of a user and, with `roleIds`, replaces their roles. The viewer must be allowed to
 * write each field and the user must be inside their update scope. The last active administrator cannot be
 * disabled or lose the administrator role (409). Disabling a user ends their sessions. The change, an audit
 * entry (old → new) and a `user.updated` event commit together; a change that changes nothing writes nothing.
 */
export async function updateUser(
  database: Database,
  { actor, viewer, userId, input }: UpdateUserProps,
): Promise<void> {
  if (viewer) {
    const fields = Object.fromEntries(
      Object.entries(input).map(([key, value]) => [FIELD_OF_INPUT[key as keyof UpdateUserInput], value]),
    );
    assertFieldsWritable(viewer, 'user', fields);
  }
  await database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const row = await findUserRow(trx, userId);
    if (!row) throw notFound();
    await assertUserInScope(trx, viewer, userId, 'update');
    await assertMayManageUser(trx, viewer, userId);
    const beforeRoleIds = await roleIdsOfUser(trx, userId);
    const before = userSnapshot(row, beforeRoleIds);
    const roleIds = input.roleIds ? [...new Set(input.roleIds)].sort((a, b) => a - b) : undefined;

    const checked = await assertUserWriteValid(trx, {
      userId,
      ...(input.email !== undefined && input.email !== row.email ? { email: input.email } : {}),
      ...(input.departmentId !== undefined ? { departmentId: input.departmentId } : {}),
      ...(input.managerId !== undefined && input.managerId !== row.manager_id
        ? { managerId: input.managerId }
        : {}),
      ...(roleIds ? { roleIds } : {}),
    });
    if (input.departmentId !== undefined && input.departmentId !== row.department_id) {
      assertDepartmentInScope(viewer, 'update', input.departmentId, checked.departmentPath ?? null);
    }

    let losesAdmin = false;
    if (roleIds) {
      const beforeAdminIds = (await findRoles(trx, beforeRoleIds))
        .filter((r) => toBool(r.is_admin))
        .map((r) => r.id);
      const touched =
        beforeAdminIds.some((id) => !roleIds.includes(id)) ||
        checked.adminRoleIds.some((id) => !beforeRoleIds.includes(id));
      assertMayChangeAdminRoles(viewer, touched);
      losesAdmin = beforeAdminIds.length > 0 && checked.adminRoleIds.length === 0;
    }
    const disables = input.status === 'disabled' && row.status === 'active';
    if (row.status === 'active' && (disables || losesAdmin) && (await holdsAdminRole(trx, userId))) {
      await assertAnotherAdminRemains(trx, userId);
    }

    const after = {
      ...before,
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.phone !== undefined ? { phone: input.phone || null } : {}),
      ...(input.departmentId !== undefined ? { departmentId: input.departmentId } : {}),
      ...(input.managerId !== undefined ? { managerId: input.managerId } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
      ...(roleIds ? { roleIds } : {}),
    };
    const changes = diffChanges({ ...before }, { ...after });
    if (Object.keys(changes).length === 0) return;

    await updateUserColumns(trx, userId, {
      name: after.name,
      email: after.email,
      phone: after.phone,
      department_id: after.departmentId,
      manager_id: after.managerId,
      status: after.status === 'disabled' ? 'disabled' : 'active',
      locale: after.locale,
      updated_at: new Date().toISOString(),
    });
    if ('roleIds' in changes) await replaceUserRoles(trx, userId, after.roleIds);
    if (disables) await deleteUserSessions(trx, userId);
    await recordAudit(trx, actor, { action: 'update', entityType: 'user', entityId: userId, changes });
    await emitEvent(trx, {
      type: 'user.updated',
      aggregateType: 'user',
      aggregateId: userId,
      payload: { id: userId, changes },
      actorUserId: actor.userId,
    });
  });
}
