import { api, type Page } from '../../../api/client.ts';

/** One recorded change or event: who did what to which record, and the old → new values. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: number; name: string } | null;
  apiKeyId: number | null;
  action: string;
  entityType: string;
  /** Usually a numeric id; settings are identified by their key. */
  entityId: string | null;
  /** field → [old, new] */
  changes: Record<string, [unknown, unknown]> | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actorId?: number;
  action?: string;
  /** ISO instants, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

export const auditApi = {
  list: (query: AuditQuery) => api.get<Page<AuditEntry>>('/audit-log', { query: { ...query } }),
};

export const AUDIT_QUERY_KEY = ['audit-log'] as const;
