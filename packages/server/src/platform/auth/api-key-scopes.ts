import { PLATFORM_OBJECTS } from '@lodestar/shared';

/**
 * Scopes an API key may carry. A key acts as its user, narrowed by its scopes:
 * `read` — read and export; `write` — create, update, delete, import, assign; `admin` — platform objects
 * (users, departments, roles, API keys, audit log, settings), in addition to read/write.
 */
export const API_KEY_SCOPES = ['read', 'write', 'admin'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const PLATFORM_OBJECT_SET: ReadonlySet<string> = new Set(PLATFORM_OBJECTS);

export function apiKeyScopeAllows(scopes: string[], needed: ApiKeyScope): boolean {
  return scopes.includes(needed);
}
