import { isLocale } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import { loadPermissionSet } from '../permissions/load-permissions.ts';

/** Loads the viewer for an active user; null when the user is missing or disabled. */
export async function loadViewer(
  db: Kysely<DB>,
  userId: number,
  apiKey: Viewer['apiKey'],
  sessionId: string | null,
): Promise<Viewer | null> {
  const user = await db
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .select([
      'users.id',
      'users.username',
      'users.name',
      'users.department_id',
      'users.locale',
      'users.status',
      'departments.path',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!user || user.status !== 'active') return null;
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    departmentId: user.department_id,
    departmentPath: user.path ?? null,
    locale: isLocale(user.locale) ? user.locale : 'zh-CN',
    permissions: await loadPermissionSet(db, user.id),
    apiKey,
    sessionId,
  };
}
