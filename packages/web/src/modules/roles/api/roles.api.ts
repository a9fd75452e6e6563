import type { Action, DataScope, FieldAccess } from '@lodestar/shared';
import { api } from '../../../api/client.ts';

export interface Role {
  id: number;
  key: string | null;
  name: string;
  description: string | null;
  isAdmin: boolean;
  userCount: number;
  createdAt: string;
  updatedAt: string;
}

/** object → action → scope; an action absent is not granted. */
export type PermissionMatrix = Record<string, Partial<Record<Action, DataScope>>>;
/** object → field → access; a field absent follows the default (write with update permission, else read). */
export type FieldAccessMap = Record<string, Record<string, FieldAccess>>;

export interface RoleDetail extends Role {
  permissions: PermissionMatrix;
  fields: FieldAccessMap;
}

/** A display name in both product languages. */
export interface CatalogLabels {
  'zh-CN': string;
  en: string;
}

export interface CatalogObject {
  name: string;
  group: 'sales' | 'platform';
  /** Present on objects defined in metadata. */
  label?: CatalogLabels;
  isCustom?: boolean;
  fields: Array<{ name: string; label?: CatalogLabels }>;
}

/** What a role can grant: `GET /permissions/catalog`. */
export interface PermissionCatalog {
  actions: Action[];
  scopes: DataScope[];
  fieldAccess: FieldAccess[];
  objects: CatalogObject[];
}

export interface RoleInput {
  name: string;
  description?: string | null;
  copyFromRoleId?: number;
}

export const rolesApi = {
  list: () => api.get<{ items: Role[] }>('/roles'),
  get: (id: number) => api.get<RoleDetail>(`/roles/${id}`),
  create: (input: RoleInput) => api.post<RoleDetail>('/roles', input),
  update: (id: number, changes: { name?: string; description?: string | null }) =>
    api.patch<RoleDetail>(`/roles/${id}`, changes),
  savePermissions: (id: number, permissions: PermissionMatrix, fields: FieldAccessMap) =>
    api.put<RoleDetail>(`/roles/${id}/permissions`, { permissions, fields }),
  remove: (id: number) => api.delete(`/roles/${id}`),
  catalog: () => api.get<PermissionCatalog>('/permissions/catalog'),
};

export const ROLES_QUERY_KEY = ['roles'] as const;
