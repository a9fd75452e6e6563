import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { clearAccountFailures } from '../auth/login-throttle.ts';
import { generatePassword, hashPassword } from '../auth/secrets.ts';
import { deleteUserSessions } from '../auth/sessions.ts';
import { emitEvent } from '../events/emit-event.ts';
import { findUserRow, updateUserColumns } from './user.repository.ts';
import { assertUserInScope } from './user-access.ts';
import { assertMayManageUser } from './user-rules.ts';

export interface ResetUserPasswordProps {
  actor: AuditActor;
  /** Whose permissions limit the operation; null for the system. */
  viewer: Viewer | null;
  userId: number;
  /** The new password; generated when absent. */
  password?: string | undefined;
}

/**
 * Sets a new password for a user on an administrator's behalf and ends all of that user's sessions, so
 * whoever knew the old password is signed out. Returns the password (generated when none was given) to show
 * once, and lifts a sign-in lockout of the account. The audit entry records that the password changed, never
 * its value.
 */
export async function resetUserPassword(
  database: Database,
  { actor, viewer, userId, password }: ResetUserPasswordProps,
): Promise<{ password: string }> {
  const newPassword = password ?? generatePassword();
  const passwordHash = await hashPassword(newPassword);
  const username = await database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const row = await findUserRow(trx, userId);
    if (!row) throw notFound();
    await assertUserInScope(trx, viewer, userId, 'update');
    await assertMayManageUser(trx, viewer, userId);
    const now = new Date().toISOString();
    await updateUserColumns(trx, userId, {
      password_hash: passwordHash,
      password_changed_at: now,
      updated_at: now,
    });
    await deleteUserSessions(trx, userId);
    await recordAudit(trx, actor, {
      action: 'reset_password',
      entityType: 'user',
      entityId: userId,
      changes: { password: ['***', '***'] },
    });
    await emitEvent(trx, {
      type: 'user.password_reset',
      aggregateType: 'user',
      aggregateId: userId,
      payload: { id: userId },
      actorUserId: actor.userId,
    });
    return row.username;
  });
  await clearAccountFailures(database.db, username);
  return { password: newPassword };
}
