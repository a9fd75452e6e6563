import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { AppError, invalidFields } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, diffChanges, recordAudit } from '../audit/record-audit.ts';
import { API_KEY_SCOPES } from '../auth/api-key-scopes.ts';
import { generateToken, sha256 } from '../auth/secrets.ts';
import { emitEvent } from '../events/emit-event.ts';
import { viewerScope } from '../permissions/data-scope.ts';
import './api-key.messages.ts';
import { findUserStatus, insertApiKey, scopeCoversUser } from './api-key.repository.ts';
import type { CreateApiKeyInput } from './api-key.schemas.ts';

/** Every key starts with this, so leaked keys are easy to recognise (and to scan for). */
export const API_KEY_PREFIX = 'ldk_';
/** Characters of the key kept in clear to tell keys apart in lists. */
export const API_KEY_DISPLAY_LENGTH = 12;

export interface CreateApiKeyProps {
  actor: AuditActor;
  /** The viewer creating the key; the key belongs to them unless `input.userId` names another user. */
  viewer: Viewer;
  input: CreateApiKeyInput;
}

/**
 * Creates an API key `ldk_<random>` acting as a user, narrowed to `scopes`. Only the key's SHA-256 and a
 * short display prefix are stored; the key itself is returned once. Creating a key for another user needs
 * `apiKey.create` with a scope covering them; a key created through an API key cannot gain scopes that key
 * lacks. The key, an audit entry (key redacted) and an `apiKey.created` event commit together.
 */
export async function createApiKey(
  database: Database,
  { actor, viewer, input }: CreateApiKeyProps,
): Promise<{ apiKeyId: number; key: string }> {
  const scopes = API_KEY_SCOPES.filter((s) => input.scopes.includes(s));
  if (viewer.apiKey && scopes.some((s) => !viewer.apiKey!.scopes.includes(s))) {
    throw new AppError(403, 'apiKey.scope_exceeds', {}, [{ field: 'scopes', code: 'apiKey.scope_exceeds' }]);
  }
  const expiresAt = input.expiresAt ? new Date(input.expiresAt).toISOString() : null;
  const userId = input.userId ?? viewer.userId;
  const problems: Array<{ field: string; code: string }> = [];
  if (expiresAt && Date.parse(expiresAt) <= Date.now()) {
    problems.push({ field: 'expiresAt', code: 'apiKey.expires_in_past' });
  }
  const key = `${API_KEY_PREFIX}${generateToken()}`;
  return database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    if ((await findUserStatus(trx, userId)) !== 'active') {
      problems.push({ field: 'userId', code: 'apiKey.user_not_found' });
    }
    if (problems.length) throw invalidFields(problems);
    if (!(await scopeCoversUser(trx, userId, viewerScope(viewer, 'apiKey', 'create', 'users.id')))) {
      throw new AppError(403, 'apiKey.outside_scope', {}, [
        { field: 'userId', code: 'apiKey.outside_scope' },
      ]);
    }
    const values = {
      user_id: userId,
      name: input.name,
      prefix: key.slice(0, API_KEY_DISPLAY_LENGTH),
      key_hash: sha256(key),
      scopes: JSON.stringify(scopes),
      expires_at: expiresAt,
      revoked_at: null,
      last_used_at: null,
      created_at: new Date().toISOString(),
      created_by: viewer.userId,
    };
    const apiKeyId = await insertApiKey(trx, values);
    const snapshot = { name: values.name, userId, prefix: values.prefix, scopes, expiresAt };
    await recordAudit(trx, actor, {
      action: 'create',
      entityType: 'apiKey',
      entityId: apiKeyId,
      changes: { ...diffChanges(null, snapshot), key: ['***', '***'] },
    });
    await emitEvent(trx, {
      type: 'apiKey.created',
      aggregateType: 'apiKey',
      aggregateId: apiKeyId,
      payload: { id: apiKeyId, ...snapshot },
      actorUserId: actor.userId,
    });
    return { apiKeyId, key };
  });
}
