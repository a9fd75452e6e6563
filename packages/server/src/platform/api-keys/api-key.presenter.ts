import { API_KEY_SCOPES, type ApiKeyScope } from '../auth/api-key-scopes.ts';
import type { ApiKeyViewRow } from './api-key.repository.ts';
import type { ApiKeyOutput } from './api-key.schemas.ts';

/** The API shape of an API key: never the key or its hash. */
export function presentApiKey(row: ApiKeyViewRow): ApiKeyOutput {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: parseScopes(row.scopes),
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
    createdAt: row.created_at,
    user: { id: row.user_id, name: row.user_name },
  };
}

function parseScopes(json: string): ApiKeyScope[] {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return API_KEY_SCOPES.filter((scope) => parsed.includes(scope));
  } catch {
    return [];
  }
}
