import type { Expression, Kysely, SqlBool } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface AuditEntryRow {
  id: number;
  at: string;
  actor_user_id: number | null;
  actor_name: string | null;
  actor_api_key_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: string | null;
  ip: string | null;
  request_id: string | null;
}

export interface AuditListCriteria {
  /** Data-scope predicate on `audit_log.actor_user_id`; null for no restriction. */
  scope: Expression<SqlBool> | null;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: number | undefined;
  action?: string | undefined;
  /** ISO-8601 UTC instants: `from` inclusive, `to` exclusive. */
  from?: string | undefined;
  to?: string | undefined;
  /** Keyset: only entries with a smaller id (the list runs newest first). */
  beforeId?: number | undefined;
  limit: number;
}

/** One page of audit entries, newest first; fetches `limit + 1` rows to detect a next page. */
export async function listAuditEntries(
  db: Kysely<DB>,
  criteria: AuditListCriteria,
): Promise<AuditEntryRow[]> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_user_id',
      'users.name as actor_name',
      'audit_log.actor_api_key_id',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.changes',
      'audit_log.ip',
      'audit_log.request_id',
    ]);
  if (criteria.scope) query = query.where(criteria.scope);
  if (criteria.entityType) query = query.where('audit_log.entity_type', '=', criteria.entityType);
  if (criteria.entityId) query = query.where('audit_log.entity_id', '=', criteria.entityId);
  if (criteria.actorId !== undefined) query = query.where('audit_log.actor_user_id', '=', criteria.actorId);
  if (criteria.action) query = query.where('audit_log.action', '=', criteria.action);
  if (criteria.from) query = query.where('audit_log.at', '>=', criteria.from);
  if (criteria.to) query = query.where('audit_log.at', '<', criteria.to);
  if (criteria.beforeId !== undefined) query = query.where('audit_log.id', '<', criteria.beforeId);
  return query
    .orderBy('audit_log.id', 'desc')
    .limit(criteria.limit + 1)
    .execute();
}
