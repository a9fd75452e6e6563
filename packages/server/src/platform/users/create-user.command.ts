import type { Locale } from '@lodestar/shared';
import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, diffChanges, recordAudit } from '../audit/record-audit.ts';
import { generatePassword, hashPassword } from '../auth/secrets.ts';
import { emitEvent } from '../events/emit-event.ts';
import { readSettings } from '../settings/settings.repository.ts';
import { insertUser, newUserValues, replaceUserRoles } from './user.repository.ts';
import type { CreateUserInput } from './user.schemas.ts';
import { assertDepartmentInScope, assertMayChangeAdminRoles, assertUserWriteValid } from './user-rules.ts';
import { userSnapshot } from './user-snapshot.ts';

export interface CreateUserProps {
  /** Who acts, for the audit trail (`userId: null` for the system, e.g. the CLI). */
  actor: AuditActor;
  /** Whose permissions limit the operation; null for the system. */
  viewer: Viewer | null;
  input: CreateUserInput;
}

export interface CreatedUser {
  userId: number;
  /** The generated password when none was given (to show once), else null. */
  initialPassword: string | null;
}

/**
 * Creates an active user with the given roles. Username and email must be unused and the department,
 * manager and roles must exist (422 otherwise, nothing written). The password is hashed with Argon2id;
 * when none is given a random one is generated and returned once. The user, their roles, an audit entry
 * (password redacted) and a `user.created` event are written in one transaction.
 */
export async function createUser(
  database: Database,
  { actor, viewer, input }: CreateUserProps,
): Promise<CreatedUser> {
  const roleIds = [...new Set(input.roleIds)];
  const initialPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? initialPassword!);
  const userId = await database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const checked = await assertUserWriteValid(trx, {
      username: input.username,
      email: input.email ?? null,
      departmentId: input.departmentId ?? null,
      managerId: input.managerId ?? null,
      roleIds,
    });
    assertDepartmentInScope(viewer, 'create', input.departmentId ?? null, checked.departmentPath ?? null);
    assertMayChangeAdminRoles(viewer, checked.adminRoleIds.length > 0);
    const locale: Locale = input.locale ?? (await readSettings(trx)).locale.defaultLocale;
    const values = newUserValues({
      username: input.username,
      name: input.name,
      email: input.email,
      phone: input.phone,
      departmentId: input.departmentId,
      managerId: input.managerId,
      locale,
      passwordHash,
    });
    const id = await insertUser(trx, values);
    await replaceUserRoles(trx, id, roleIds);
    const snapshot = userSnapshot(values, roleIds);
    await recordAudit(trx, actor, {
      action: 'create',
      entityType: 'user',
      entityId: id,
      changes: { ...diffChanges(null, { ...snapshot }), password: ['***', '***'] },
    });
    await emitEvent(trx, {
      type: 'user.created',
      aggregateType: 'user',
      aggregateId: id,
      payload: { id, ...snapshot },
      actorUserId: actor.userId,
    });
    return id;
  });
  return { userId, initialPassword };
}
