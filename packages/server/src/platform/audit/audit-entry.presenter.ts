import type { AuditEntryRow } from './audit-log.repository.ts';
import type { AuditEntryOutput } from './audit-log.schemas.ts';

/** The API shape of an audit entry. */
export function presentAuditEntry(row: AuditEntryRow): AuditEntryOutput {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor_user_id != null ? { id: row.actor_user_id, name: row.actor_name ?? '' } : null,
    apiKeyId: row.actor_api_key_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    changes: parseChanges(row.changes),
    ip: row.ip,
    requestId: row.request_id,
  };
}

function parseChanges(json: string | null): AuditEntryOutput['changes'] {
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' ? (parsed as AuditEntryOutput['changes']) : null;
  } catch {
    return null;
  }
}
