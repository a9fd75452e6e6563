import { api, type Page } from '../../../api/client.ts';

/** What a key may do on top of acting as its user: read, write, and administer platform objects. */
export const API_KEY_SCOPES = ['read', 'write', 'admin'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export interface ApiKey {
  id: number;
  name: string;
  /** The first characters of the key, to recognise it. */
  prefix: string;
  scopes: ApiKeyScope[];
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
  user: { id: number; name: string };
}

export interface NewApiKey {
  name: string;
  scopes: ApiKeyScope[];
  expiresAt?: string;
  userId?: number;
}

export const apiKeysApi = {
  list: (query: { userId?: number; limit?: number; cursor?: string }) =>
    api.get<Page<ApiKey>>('/api-keys', { query }),
  create: (input: NewApiKey) => api.post<{ apiKey: ApiKey; key: string }>('/api-keys', input),
  revoke: (id: number) => api.delete(`/api-keys/${id}`),
};

export const API_KEYS_QUERY_KEY = ['api-keys'] as const;
