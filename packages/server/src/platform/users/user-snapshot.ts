import type { UserTable } from '../../db/schema.ts';

/** The audited fields of a user, named as in the API, for `diffChanges` and event payloads. */
export interface UserSnapshot {
  username: string;
  name: string;
  email: string | null;
  phone: string | null;
  departmentId: number | null;
  managerId: number | null;
  status: string;
  locale: string;
  roleIds: number[];
}

/** Builds the audit snapshot of a stored user row and its role ids. */
export function userSnapshot(
  row: Pick<
    UserTable,
    'username' | 'name' | 'email' | 'phone' | 'department_id' | 'manager_id' | 'status' | 'locale'
  >,
  roleIds: number[],
): UserSnapshot {
  return {
    username: row.username,
    name: row.name,
    email: row.email,
    phone: row.phone,
    departmentId: row.department_id,
    managerId: row.manager_id,
    status: row.status,
    locale: row.locale,
    roleIds: [...roleIds].sort((a, b) => a - b),
  };
}
