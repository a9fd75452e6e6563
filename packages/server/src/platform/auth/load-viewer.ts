import { isLocale } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import { loadUserPermissions } from '../permissions/load-permissions.ts';

/**
 * Loads the viewer for an active user (null when the user is missing or disabled): profile, department,
 * roles and effective permissions, in three statements — this runs on every authenticated request.
 */
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
      'users.email',
      'users.phone',
      'users.department_id',
      'users.locale',
      'users.time_zone',
      'users.status',
      'departments.path',
      'departments.name as department_name',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (user?.status !== 'active') return null;
  const { roles, permissions } = await loadUserPermissions(db, user.id);
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    email: user.email,
    phone: user.phone,
    departmentId: user.department_id,
    departmentName: user.department_name ?? null,
    departmentPath: user.path ?? null,
    locale: isLocale(user.locale) ? user.locale : 'zh-CN',
    timeZone: user.time_zone,
    roles: roles.map(({ id, key, name }) => ({ id, key, name })),
    permissions,
    apiKey,
    sessionId,
  };
}
