import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import { viewerScope } from '../permissions/data-scope.ts';
import './api-key.messages.ts';
import { findApiKeyRow, markApiKeyRevoked } from './api-key.repository.ts';

export interface RevokeApiKeyProps {
  actor: AuditActor;
  viewer: Viewer;
  apiKeyId: number;
}

/**
 * Revokes an API key: from the next request on it gets a 401. Revoking a revoked key changes nothing
 * (idempotent). A key outside the viewer's read scope is a 404, one they may read but not delete a 403.
 * The revocation, an audit entry and an `apiKey.revoked` event commit together.
 */
export async function revokeApiKey(
  database: Database,
  { actor, viewer, apiKeyId }: RevokeApiKeyProps,
): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const row = await findApiKeyRow(
      trx,
      apiKeyId,
      viewerScope(viewer, 'apiKey', 'delete', 'api_keys.user_id'),
    );
    if (!row) {
      const readable =
        viewer.permissions.can('apiKey', 'read') &&
        (await findApiKeyRow(trx, apiKeyId, viewerScope(viewer, 'apiKey', 'read', 'api_keys.user_id')));
      if (readable) throw new AppError(403, 'apiKey.outside_scope');
      throw notFound();
    }
    if (row.revoked_at) return;
    const now = new Date().toISOString();
    await markApiKeyRevoked(trx, apiKeyId, now);
    await recordAudit(trx, actor, {
      action: 'revoke',
      entityType: 'apiKey',
      entityId: apiKeyId,
      changes: { revokedAt: [null, now] },
    });
    await emitEvent(trx, {
      type: 'apiKey.revoked',
      aggregateType: 'apiKey',
      aggregateId: apiKeyId,
      payload: { id: apiKeyId, userId: row.user_id, name: row.name, revokedAt: now },
      actorUserId: actor.userId,
    });
  });
}
