import type { Locale } from '@lodestar/shared';
import { api, type Page } from '../../../api/client.ts';
import type { RoleRef } from '../../session/api/session.api.ts';

export type UserStatus = 'active' | 'disabled';

/**
 * A user as the API presents it. Field access may hide any field but `id`, so every other field may be
 * missing from a given response.
 */
export interface User {
  id: number;
  username?: string;
  name?: string;
  email?: string | null;
  phone?: string | null;
  department?: { id: number; name: string } | null;
  manager?: { id: number; name: string } | null;
  status?: UserStatus;
  locale?: Locale;
  roles?: RoleRef[];
  lastLoginAt?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

export interface UserListQuery {
  q?: string;
  departmentId?: number;
  includeSubDepartments?: boolean;
  status?: UserStatus;
  roleId?: number;
  limit?: number;
  cursor?: string;
}

export interface NewUser {
  username: string;
  name: string;
  email?: string | null;
  phone?: string | null;
  departmentId?: number | null;
  managerId?: number | null;
  locale?: Locale;
  roleIds: number[];
  password?: string;
}

export interface UserChanges {
  name?: string;
  email?: string | null;
  phone?: string | null;
  departmentId?: number | null;
  managerId?: number | null;
  status?: UserStatus;
  locale?: Locale;
  roleIds?: number[];
}

export const usersApi = {
  list: (query: UserListQuery) => api.get<Page<User>>('/users', { query: { ...query } }),
  get: (id: number) => api.get<User>(`/users/${id}`),
  create: (input: NewUser) => api.post<{ user: User; initialPassword: string | null }>('/users', input),
  update: (id: number, changes: UserChanges) => api.patch<User>(`/users/${id}`, changes),
  resetPassword: (id: number) => api.post<{ password: string }>(`/users/${id}/reset-password`, {}),
};

export const USERS_QUERY_KEY = ['users'] as const;
