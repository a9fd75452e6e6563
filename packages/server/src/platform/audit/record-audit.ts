import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { now } from '../clock.ts';

export interface AuditActor {
  userId: number | null;
  apiKeyId?: number | null;
  ip?: string | null;
  requestId?: string | null;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  /** `{ field: [old, new] }`; use `diffChanges` to build it. */
  changes?: Record<string, [unknown, unknown]> | null;
}

/** Writes one audit row, inside the caller's transaction so it commits or rolls back with the change. */
export async function recordAudit(
  db: Kysely<DB> | Transaction<DB>,
  actor: AuditActor,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: now().toISOString(),
      actor_user_id: actor.userId,
      actor_api_key_id: actor.apiKeyId ?? null,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId == null ? null : String(entry.entityId),
      changes: entry.changes ? JSON.stringify(entry.changes) : null,
      ip: actor.ip ?? null,
      request_id: actor.requestId ?? null,
    })
    .execute();
}

/**
 * The fields whose value differs between `before` and `after`, as `{ field: [old, new] }`. Only keys present
 * in `after` are compared; `redact` lists fields whose values must not be stored (they show as `"***"`).
 */
export function diffChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  redact: string[] = [],
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before ? before[key] : null;
    if (JSON.stringify(old ?? null) === JSON.stringify(value ?? null)) continue;
    changes[key] = redact.includes(key) ? ['***', '***'] : [old ?? null, value ?? null];
  }
  return changes;
}
