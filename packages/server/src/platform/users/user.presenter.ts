import { isLocale } from '@lodestar/shared';
import type { Viewer } from '../../http/access.ts';
import { redactHiddenFields } from '../permissions/field-access.ts';
import type { RoleRef, UserViewRow } from './user.repository.ts';
import type { UserOutput } from './user.schemas.ts';

/** Fields of a user every viewer who may see the user also sees. */
const ALWAYS_VISIBLE = ['id', 'createdAt', 'updatedAt'] as const;

/**
 * The API shape of a user. With a viewer, fields their roles hide on object `user` are left out; the field
 * names are the output keys (`email`, `department`, `roles`, …).
 */
export function presentUser(viewer: Viewer | null, row: UserViewRow, roles: RoleRef[]): UserOutput {
  const output: UserOutput = {
    id: row.id,
    username: row.username,
    name: row.name,
    email: row.email,
    phone: row.phone,
    department: row.department_id != null ? { id: row.department_id, name: row.department_name ?? '' } : null,
    manager: row.manager_id != null ? { id: row.manager_id, name: row.manager_name ?? '' } : null,
    status: row.status === 'disabled' ? 'disabled' : 'active',
    locale: isLocale(row.locale) ? row.locale : 'zh-CN',
    roles: roles.map((r) => ({ id: r.id, key: r.key, name: r.name })),
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (!viewer) return output;
  return redactHiddenFields(viewer, 'user', output, ALWAYS_VISIBLE) as UserOutput;
}
