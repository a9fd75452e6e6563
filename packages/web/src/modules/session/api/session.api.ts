import type { DataScope, Locale } from '@lodestar/shared';
import { api } from '../../../api/client.ts';

export interface RoleRef {
  id: number;
  key: string | null;
  name: string;
}

/** The signed-in user, as `GET /me` describes them. */
export interface Me {
  id: number;
  username: string;
  name: string;
  email: string | null;
  phone: string | null;
  locale: Locale;
  /** The user's own IANA time zone; null follows the company's. */
  timeZone: string | null;
  department: { id: number; name: string } | null;
  roles: RoleRef[];
  isAdmin: boolean;
  /** object → action → data scope */
  permissions: Record<string, Record<string, DataScope>>;
  authenticatedBy: 'session' | 'apiKey';
}

export interface ProfileChanges {
  name?: string;
  email?: string | null;
  phone?: string | null;
  locale?: Locale;
  timeZone?: string | null;
}

export const sessionApi = {
  login: (username: string, password: string) =>
    api.post<Me>('/auth/login', { username, password }, { expectUnauthorized: true }),
  logout: () => api.post<void>('/auth/logout', undefined, { expectUnauthorized: true }),
  me: () => api.get<Me>('/me'),
  updateMe: (changes: ProfileChanges) => api.patch<Me>('/me', changes),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/me/password', { currentPassword, newPassword }),
};

export const ME_QUERY_KEY = ['me'] as const;
